namespace Threadline.Linking.Text;

/// <summary>
/// Language-agnostic tokenisation for near-duplicate detection: runs of letters and digits are words,
/// each CJK ideograph is a word of its own; case and accents are folded and every digit becomes 0, so
/// that "Lily, 23 ans" and "lily 25 ANS" differ only where the words differ.
/// </summary>
internal static class TextTokenizer
{
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    // Folded form of every UTF-16 code unit: '\0' = separator, '\u0001' = a CJK ideograph (a word alone).
    private static readonly char[] Fold = BuildFold();

    /// <summary>Appends the hashes of the folded words of <paramref name="text"/> (at most <paramref name="max"/> in all).</summary>
    public static void HashWords(string? text, List<ulong> output, int max)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        var h = FnvOffset;
        var inWord = false;
        foreach (var c in text)
        {
            if (output.Count >= max)
            {
                return;
            }

            var f = Fold[c];
            if (f == '\0')
            {
                if (inWord)
                {
                    output.Add(h);
                    inWord = false;
                    h = FnvOffset;
                }

                continue;
            }

            if (f == '\u0001')
            {
                if (inWord)
                {
                    output.Add(h);
                    inWord = false;
                }

                output.Add((FnvOffset ^ c) * FnvPrime);
                h = FnvOffset;
                continue;
            }

            h = (h ^ f) * FnvPrime;
            inWord = true;
        }

        if (inWord && output.Count < max)
        {
            output.Add(h);
        }
    }

    /// <summary>Words with their original spelling (for display) and their folded hash (for alignment).</summary>
    public static List<(string Word, ulong Hash)> Words(string? text, int max)
    {
        var words = new List<(string, ulong)>();
        if (string.IsNullOrEmpty(text))
        {
            return words;
        }

        var start = -1;
        var h = FnvOffset;
        for (var i = 0; i <= text.Length && words.Count < max; i++)
        {
            var f = i < text.Length ? Fold[text[i]] : '\0';
            if (f == '\0' || f == '\u0001')
            {
                if (start >= 0)
                {
                    words.Add((text[start..i], h));
                    start = -1;
                    h = FnvOffset;
                }

                if (f == '\u0001')
                {
                    words.Add((text[i].ToString(), (FnvOffset ^ text[i]) * FnvPrime));
                }

                continue;
            }

            if (start < 0)
            {
                start = i;
            }

            h = (h ^ f) * FnvPrime;
        }

        return words;
    }

    /// <summary>One character folded as words are (lower case, Latin accents off); '\0' for a separator, '\u0001' for an ideograph.</summary>
    internal static char FoldChar(char c) => Fold[c];

    private static char[] BuildFold()
    {
        var fold = new char[65536];
        for (var i = 0; i < 65536; i++)
        {
            var c = (char)i;
            if (char.IsSurrogate(c))
            {
                fold[i] = '\0';
            }
            else if (char.IsDigit(c))
            {
                fold[i] = '0';
            }
            else if (IsIdeograph(c))
            {
                fold[i] = '\u0001';
            }
            else if (char.IsLetter(c))
            {
                fold[i] = StripAccent(char.ToLowerInvariant(c));
            }
            else
            {
                fold[i] = '\0';
            }
        }

        return fold;
    }

    private static bool IsIdeograph(char c) =>
        c is (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF')
            or (>= '\u3040' and <= '\u30FF');

    // Latin letters with diacritics and their base letter (explicit, as the build runs with invariant
    // globalisation where Unicode decomposition is not available).
    // The last eight are pinyin's third-tone and ü tone marks (ǎ ǐ ǒ ǔ ǖ ǘ ǚ ǜ): "Mǐn" is "Min".
    private const string Accented = "àáâãäåāăąçćĉċčďđèéêëēĕėęěĝğġģĥħìíîïĩīĭįıĵķĺļľŀłñńņňòóôõöøōŏőŕŗřśŝşšșţťŧțùúûüũūŭůűųŵýÿŷźżžæœðþǎǐǒǔǖǘǚǜ";
    private const string Plain = "aaaaaaaaacccccddeeeeeeeeegggghhiiiiiiiiijklllllnnnnooooooooorrrsssssttttuuuuuuuuuuwyyyzzzaodtaiouuuuu";

    private static char StripAccent(char c)
    {
        if (c < 128)
        {
            return c;
        }

        var i = Accented.IndexOf(c, StringComparison.Ordinal);
        return i >= 0 ? Plain[i] : c;
    }
}
