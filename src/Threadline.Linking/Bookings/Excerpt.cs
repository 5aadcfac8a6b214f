using System.Text;

namespace Threadline.Linking.Bookings;

/// <summary>Short, printable excerpts of rejected input for the quarantine file.</summary>
internal static class Excerpt
{
    public const int MaxChars = 120;

    /// <summary>The start of a record's bytes; invalid UTF-8 shows as U+FFFD.</summary>
    public static string Of(ReadOnlySpan<byte> bytes) =>
        Of(Encoding.UTF8.GetString(bytes[..Math.Min(bytes.Length, (MaxChars * 4) + 4)]));

    /// <summary>At most <paramref name="maxChars"/> characters, control characters as spaces, never half a surrogate pair.</summary>
    public static string Of(string text, int maxChars = MaxChars)
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

        if (builder.Length > 0 && char.IsHighSurrogate(builder[^1]))
        {
            builder.Length--;
        }

        return builder.ToString().Trim();
    }
}
