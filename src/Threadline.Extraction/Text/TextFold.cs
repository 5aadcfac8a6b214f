namespace Threadline.Extraction.Text;

/// <summary>
/// One-to-one character folding (lower case, Latin diacritics removed, full-width Latin to ASCII), so that a folded
/// string has the same length as its source and offsets carry over. Written out by hand because the build runs
/// with invariant globalisation, where <see cref="string.Normalize()"/> is not available for non-ASCII text.
/// </summary>
internal static class TextFold
{
    // U+00C0..U+00FF and U+0100..U+017F, base letters in order (Unicode decompositions; Æ/æ/Œ/œ/ß keep one letter).
    private const string Latin1 = "aaaaaaaceeeeiiiidnooooo×ouuuuyts" + "aaaaaaaceeeeiiiidnooooo÷ouuuuyty";
    private const string LatinA = "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

    /// <summary>Folds one UTF-16 code unit.</summary>
    public static char Fold(char c)
    {
        if (c < 0x80)
        {
            return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
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
            '\u0218' or '\u0219' => 's',
            '\u021A' or '\u021B' => 't',
            >= '\uFF21' and <= '\uFF3A' => (char)(c - 0xFF21 + 'a'),
            >= '\uFF41' and <= '\uFF5A' => (char)(c - 0xFF41 + 'a'),
            '\u2019' or '\u2018' or '\u02BC' => '\'',
            _ => char.ToLowerInvariant(c),
        };
    }

    /// <summary>Folds a whole string (same length as the input).</summary>
    public static string Fold(string s)
    {
        return string.Create(s.Length, s, static (dst, src) =>
        {
            for (var i = 0; i < src.Length; i++)
            {
                dst[i] = Fold(src[i]);
            }
        });
    }

    /// <summary>Key of a name or term in a lexicon: folded, hyphens and apostrophes as spaces, single spaces.</summary>
    public static string LexKey(string s) => Key(s.Replace('-', ' ').Replace('\'', ' ').Replace('\u2019', ' '));

    /// <summary>Folds and collapses runs of whitespace to one space: the key form of lexicon entries.</summary>
    public static string Key(string s)
    {
        var f = Fold(s.Trim());
        return string.Join(' ', f.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
