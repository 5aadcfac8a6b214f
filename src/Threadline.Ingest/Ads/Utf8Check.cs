using System.Buffers;
using System.Text;

namespace Threadline.Ingest.Ads;

/// <summary>UTF-8 validation that says where the first bad byte is.</summary>
internal static class Utf8Check
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

    public static string Reason(int offset) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"invalid UTF-8 at byte {offset + 1} of the record");
}
