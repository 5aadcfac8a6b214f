using System.Buffers;
using System.Text;

namespace Threadline.Core.Text;

/// <summary>UTF-8 validation that says where the first bad byte is.</summary>
/// <remarks>A NUL byte is valid UTF-8 but never text in an export: it is binary damage, and the record that holds it is rejected.</remarks>
public static class Utf8Check
{
    /// <summary>Index of the first invalid byte, or -1 when the bytes are valid UTF-8.</summary>
    public static int FirstInvalid(ReadOnlySpan<byte> bytes)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return -1;
        }

        var offset = 0;
        while (offset < bytes.Length)
        {
            var status = Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed);
            if (status != OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return -1;
    }

    /// <summary>Why the bytes of one record are not text (the first NUL byte or invalid UTF-8), or null when they are.</summary>
    public static string? TextProblem(ReadOnlySpan<byte> bytes)
    {
        var nul = bytes.IndexOf((byte)0);
        var invalid = FirstInvalid(nul < 0 ? bytes : bytes[..nul]);
        if (invalid >= 0)
        {
            return Reason(invalid);
        }

        return nul < 0
            ? null
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"NUL byte at byte {nul + 1} of the record (binary data in a text file)");
    }

    public static string Reason(int offset) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"invalid UTF-8 at byte {offset + 1} of the record");
}
