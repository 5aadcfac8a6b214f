using System.Text;

namespace Threadline.Core.Text;

/// <summary>Short, printable excerpts of rejected input for the quarantine file.</summary>
public static class Excerpts
{
    /// <summary>The usual length of an excerpt in a quarantine line.</summary>
    public const int MaxChars = 120;

    public static string FromBytes(ReadOnlySpan<byte> bytes, int maxChars)
    {
        // Four bytes per character at most in UTF-8: decode no more than needed; invalid bytes show as U+FFFD.
        var take = bytes[..Math.Min(bytes.Length, (maxChars * 4) + 4)];
        return FromText(Encoding.UTF8.GetString(take), maxChars);
    }

    public static string FromText(string text, int maxChars)
    {
        var builder = new StringBuilder(Math.Min(text.Length, maxChars));
        foreach (var c in text)
        {
            if (builder.Length >= maxChars)
            {
                break;
            }

            builder.Append(char.IsControl(c) ? ' ' : c);
        }

        // Do not end on half a surrogate pair.
        if (builder.Length > 0 && char.IsHighSurrogate(builder[^1]))
        {
            builder.Length--;
        }

        return builder.ToString().Trim();
    }
}
