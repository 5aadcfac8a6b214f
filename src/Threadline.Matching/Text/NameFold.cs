using System.Text;

namespace Threadline.Matching.Text;

/// <summary>
/// Folds a name to the form the comparisons use: lower case, Latin diacritics and pinyin tone marks removed (ā á ǎ à →
/// a, ü ǖ ǘ ǚ ǜ → u), combining marks dropped, pinyin tone digits after a syllable dropped ("zhang1" → "zhang"),
/// apostrophes removed, any other non-letter, non-digit a space. Written out by hand: the build runs with invariant
/// globalisation, where string.Normalize is not available for non-ASCII text.
/// </summary>
public static class NameFold
{
    // U+00C0..U+00FF and U+0100..U+017F, base letters in order.
    private const string Latin1 = "aaaaaaaceeeeiiiidnooooo ouuuuyts" + "aaaaaaaceeeeiiiidnooooo ouuuuyty";
    private const string LatinA = "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

    /// <summary>The longest input folded; longer input is cut (names are short).</summary>
    public const int MaxLength = 256;

    /// <summary>Folds one character; '\0' means "drop it".</summary>
    public static char Fold(char c)
    {
        if (c < 0x80)
        {
            return c switch
            {
                >= 'A' and <= 'Z' => (char)(c + 32),
                >= 'a' and <= 'z' or >= '0' and <= '9' => c,
                '\'' => '\0',
                _ => ' ',
            };
        }

        if (c is >= '\u00C0' and <= '\u00FF')
        {
            return Latin1[c - 0xC0];
        }

        if (c is >= '\u0100' and <= '\u017F')
        {
            return LatinA[c - 0x100];
        }

        return c switch
        {
            // Pinyin third tone and ü with tones (Latin Extended-B).
            '\u01CD' or '\u01CE' => 'a',
            '\u01CF' or '\u01D0' => 'i',
            '\u01D1' or '\u01D2' => 'o',
            >= '\u01D3' and <= '\u01DC' => 'u',
            '\u0218' or '\u0219' => 's',
            '\u021A' or '\u021B' => 't',
            '\u2019' or '\u2018' or '\u02BC' => '\0',
            >= '\u0300' and <= '\u036F' => '\0',
            >= '\uFF21' and <= '\uFF3A' => (char)(c - 0xFF21 + 'a'),
            >= '\uFF41' and <= '\uFF5A' => (char)(c - 0xFF41 + 'a'),
            _ => char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ',
        };
    }

    /// <summary>The folded tokens of a name (pinyin tone digits after letters dropped).</summary>
    public static string[] Tokens(string? text) => Tokens(text, names: true);

    /// <summary>Folded tokens joined by one space ("" for none), for names.</summary>
    public static string Key(string? text) => string.Join(' ', Tokens(text, names: true));

    /// <summary>Folded tokens joined by one space, digits kept as written (street numbers, postcodes, ids).</summary>
    public static string Plain(string? text) => string.Join(' ', Tokens(text, names: false));

    private static string[] Tokens(string? text, bool names)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var sb = new StringBuilder(Math.Min(text.Length, MaxLength));
        foreach (var ch in text.AsSpan(0, Math.Min(text.Length, MaxLength)))
        {
            var f = Fold(ch);
            if (f != '\0')
            {
                sb.Append(f);
            }
        }

        var tokens = sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (!names)
        {
            return tokens;
        }

        for (var i = 0; i < tokens.Length; i++)
        {
            tokens[i] = StripToneDigits(tokens[i]);
        }

        return tokens.Where(t => t.Length > 0).ToArray();
    }

    // "zhang1wei3" → "zhangwei": a digit 1-5 right after a letter and before a letter or the end is a tone number.
    private static string StripToneDigits(string t)
    {
        if (!t.Any(char.IsAsciiDigit) || !t.Any(char.IsAsciiLetter))
        {
            return t;
        }

        var sb = new StringBuilder(t.Length);
        for (var i = 0; i < t.Length; i++)
        {
            var c = t[i];
            var tone = c is >= '1' and <= '5' && i > 0 && char.IsAsciiLetter(t[i - 1]) && (i + 1 == t.Length || char.IsAsciiLetter(t[i + 1]));
            if (!tone)
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
