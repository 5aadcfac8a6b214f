using System.Globalization;

namespace Threadline.Ingest.Ads;

/// <summary>
/// Finds <c>\uXXXX</c> escapes in a JSON record that stand for half a surrogate pair. JSON syntax allows
/// them, but they are no text: System.Text.Json throws when such a string is read, and no store or
/// quarantine file could hold it. Checking the bytes first turns that into a rejection with a position.
/// </summary>
internal static class JsonEscapes
{
    /// <summary>Why the record holds no valid text (the first lone surrogate escape), or null.</summary>
    public static string? LoneSurrogate(ReadOnlySpan<byte> json)
    {
        var i = json.IndexOf((byte)'\\');
        while (i >= 0 && i < json.Length)
        {
            if (i + 1 >= json.Length)
            {
                return null;
            }

            if (json[i + 1] != (byte)'u' || !TryHex(json, i + 2, out var unit))
            {
                // Another escape (\" \\ \n …) or a malformed one the parser reports: skip its two bytes.
                i = Next(json, i + 2);
                continue;
            }

            if (unit is >= 0xD800 and <= 0xDBFF && i + 7 < json.Length && json[i + 6] == (byte)'\\' && json[i + 7] == (byte)'u'
                && TryHex(json, i + 8, out var low) && low is >= 0xDC00 and <= 0xDFFF)
            {
                i = Next(json, i + 12); // a valid pair
                continue;
            }

            if (unit is >= 0xD800 and <= 0xDFFF)
            {
                var escape = System.Text.Encoding.ASCII.GetString(json.Slice(i, 6));
                return string.Create(CultureInfo.InvariantCulture, $"lone surrogate escape {escape} at byte {i + 1} of the record (not text)");
            }

            i = Next(json, i + 6);
        }

        return null;
    }

    private static int Next(ReadOnlySpan<byte> json, int from)
    {
        if (from >= json.Length)
        {
            return -1;
        }

        var next = json[from..].IndexOf((byte)'\\');
        return next < 0 ? -1 : from + next;
    }

    private static bool TryHex(ReadOnlySpan<byte> json, int start, out int value)
    {
        value = 0;
        if (start + 4 > json.Length)
        {
            return false;
        }

        for (var k = start; k < start + 4; k++)
        {
            var digit = HexDigit(json[k]);
            if (digit < 0)
            {
                return false;
            }

            value = (value << 4) | digit;
        }

        return true;
    }

    private static int HexDigit(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => -1,
    };
}
