using System.Text;
using Spectre.Console;

namespace Threadline.Cli.Infrastructure;

/// <summary>
/// Text from ads, files and banks is hostile: an ESC or OSC sequence in an ad could retitle the
/// window, clear the screen or (OSC 52) write the analyst's clipboard, and bidirectional overrides
/// could make a phone number read differently from what it is. Everything printed to a terminal
/// goes through here: C0 controls (but line feed and tab) become their visible Unicode pictures
/// (ESC → ␛), DEL ␡, C1 controls and bidi overrides U+FFFD.
/// </summary>
internal static class Terminal
{
    /// <summary>The text with every control character made visible and inert.</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var i = 0;
        while (i < text.Length && !Unsafe(text[i]))
        {
            i++;
        }

        if (i == text.Length)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 8).Append(text, 0, i);
        for (; i < text.Length; i++)
        {
            var c = text[i];
            sb.Append(!Unsafe(c) ? c : c switch
            {
                < ' ' => (char)(0x2400 + c),
                '\u007F' => '\u2421',
                _ => '\uFFFD',
            });
        }

        return sb.ToString();
    }

    /// <summary>Clean text escaped for Spectre markup: what every value shown in a table or a line goes through.</summary>
    public static string Escape(string? text) => Markup.Escape(Clean(text));

    private static bool Unsafe(char c) =>
        (c < ' ' && c != '\n' && c != '\t')
        || c is >= '\u007F' and <= '\u009F'
        || c is >= '\u202A' and <= '\u202E'
        || c is >= '\u2066' and <= '\u2069'
        || c is '\u200E' or '\u200F' or '\u061C';
}
