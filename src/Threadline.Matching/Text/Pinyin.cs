namespace Threadline.Matching.Text;

/// <summary>
/// Splits romanised Chinese (Hanyu Pinyin without tones) into syllables, so that "Xiaoming", "Xiao Ming" and
/// "Xiao-Ming" compare equal and a name can be matched in either order. The syllable set is initials × finals of
/// Hanyu Pinyin (a slight over-set of the real ~410 syllables, harmless for segmentation). A token that cannot be cut
/// entirely into syllables is not pinyin and is kept whole.
/// </summary>
public static class Pinyin
{
    private static readonly string[] Initials = ["", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "zh", "ch", "sh", "r", "z", "c", "s", "y", "w"];

    private static readonly string[] Finals =
    [
        "a", "o", "e", "i", "u", "v", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng", "ong", "er",
        "ia", "ie", "iao", "iu", "ian", "in", "iang", "ing", "iong", "ua", "uo", "uai", "ui", "uan", "un", "uang", "ue", "ve",
    ];

    private static readonly HashSet<string> Syllables = Build();

    /// <summary>The longest syllable ("zhuang", "chuang", "shuang").</summary>
    private const int MaxSyllable = 6;

    /// <summary>True when <paramref name="syllable"/> is in the syllable set.</summary>
    public static bool IsSyllable(string syllable) => Syllables.Contains(syllable);

    /// <summary>
    /// Cuts a folded token into syllables, preferring the longest first syllable that still lets the rest be cut;
    /// null when the token is not pinyin. Tokens of more than 30 letters are not tried.
    /// </summary>
    public static string[]? Split(string token)
    {
        if (token.Length is 0 or > 30 || !token.All(char.IsAsciiLetterLower))
        {
            return null;
        }

        // best[i]: length of the first syllable of a full cut of token[i..], or 0 when none.
        var best = new int[token.Length + 1];
        best[token.Length] = -1;
        for (var i = token.Length - 1; i >= 0; i--)
        {
            for (var len = Math.Min(MaxSyllable, token.Length - i); len >= 1; len--)
            {
                if (best[i + len] != 0 && Syllables.Contains(token.Substring(i, len)))
                {
                    best[i] = len;
                    break;
                }
            }
        }

        if (best[0] == 0)
        {
            return null;
        }

        var parts = new List<string>();
        for (var i = 0; i < token.Length; i += best[i])
        {
            parts.Add(token.Substring(i, best[i]));
        }

        return [.. parts];
    }

    private static HashSet<string> Build()
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var i in Initials)
        {
            foreach (var f in Finals)
            {
                set.Add(i + f);
            }
        }

        // Syllables with no initial are written with y/w; bare i, u, v, ia … never occur alone.
        foreach (var bare in new[] { "i", "u", "v", "ia", "ie", "iao", "iu", "ian", "in", "iang", "ing", "iong", "ua", "uo", "uai", "ui", "uan", "un", "uang", "ue", "ve" })
        {
            set.Remove(bare);
        }

        foreach (var extra in new[] { "m", "n", "ng", "hm", "hng" })
        {
            set.Remove(extra);
        }

        return set;
    }
}
