using System.Globalization;
using System.Text;

namespace Threadline.Money.Import;

/// <summary>The encoding a bank file is decoded with, and why (<see cref="BankTextEncoding.Detect(ReadOnlySpan{byte}, Encoding?)"/>).</summary>
/// <param name="Encoding">The decoder; bytes it cannot decode become U+FFFD, and a record holding U+FFFD is rejected.</param>
/// <param name="PreambleLength">Bytes of byte order mark to skip.</param>
/// <param name="Rule">Which rule chose it: <c>byte order mark</c>, <c>valid UTF-8</c>, <c>declared</c>, <c>mostly UTF-8</c>, <c>single-byte</c>.</param>
/// <param name="InvalidUtf8Bytes">Bytes that are not valid UTF-8 (0 for a valid UTF-8 file).</param>
public sealed record DetectedEncoding(Encoding Encoding, int PreambleLength, string Rule, long InvalidUtf8Bytes)
{
    /// <summary>The encoding's name, e.g. <c>utf-8</c>, <c>windows-1252</c>.</summary>
    public string Name => Encoding.WebName;

    /// <summary>Why a record holding <paramref name="c"/> (U+FFFD or a control character) cannot be stored.</summary>
    public string BadCharacterReason(char c)
    {
        if (c != '\uFFFD')
        {
            return string.Create(CultureInfo.InvariantCulture, $"control character U+{(int)c:X4} is not text: the file is not {Name}, or the record is damaged");
        }

        if (Encoding is UTF8Encoding)
        {
            return InvalidUtf8Bytes > 0
                ? "invalid UTF-8 bytes (the rest of the file is UTF-8): the record cannot be read without losing characters"
                : "holds U+FFFD, the replacement character: characters were lost before the file was written";
        }

        return $"bytes that are not characters in {Name} (or U+FFFD in the text): the record cannot be read without losing characters";
    }
}
