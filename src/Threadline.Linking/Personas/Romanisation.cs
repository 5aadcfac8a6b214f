using Threadline.Matching.Text;

namespace Threadline.Linking.Personas;

/// <summary>
/// Readings of a romanised Chinese name as pinyin syllables, so that Hanyu Pinyin and Wade–Giles spellings of one name
/// compare equal ("Hsiao Yen" / "Xiaoyan", "Chia-Yi" / "Jiayi", "Hsueh" / "Xue", "Yueh" / "Yue"). The Wade–Giles rules
/// are the standard correspondences (initials hs → x, ch → zh/j (ch/q when the aspirate's apostrophe is lost), k → g/k,
/// p → b/p, t → d/t, ts/tz → z/c, j → r; finals -ieh → -ie, -ien → -ian, -ueh → -ue, -ung → -ong, -ih → -i, -uei → -ui;
/// yeh → ye, yen → yan, yu → you/yu, erh → er); a reading counts only when every syllable is a pinyin syllable.
/// Not a list of names: any name written in either system is read.
/// </summary>
internal static class Romanisation
{
    private const int MaxReadings = 16;

    private static readonly (string From, string[] To)[] Initials =
    [
        ("hs", ["x"]), ("ch", ["zh", "j", "ch", "q"]), ("ts", ["z", "c"]), ("tz", ["z", "c"]),
        ("k", ["g", "k"]), ("p", ["b", "p"]), ("t", ["d", "t"]), ("j", ["r"]),
    ];

    private static readonly (string From, string To)[] Finals =
    [
        ("iung", "iong"), ("ieh", "ie"), ("ien", "ian"), ("ueh", "ue"), ("uei", "ui"), ("ung", "ong"), ("ih", "i"), ("eh", "e"),
    ];

    private static readonly Dictionary<string, string[]> Whole = new(StringComparer.Ordinal)
    {
        ["yeh"] = ["ye"], ["yen"] = ["yan"], ["yu"] = ["you", "yu"], ["yung"] = ["yong"], ["erh"] = ["er"],
    };

    /// <summary>The name's readings as space-separated pinyin syllables (empty when it is not romanised Chinese).</summary>
    public static string[] Readings(string name)
    {
        if (name.Any(Text.HanReadings.IsHan))
        {
            // Written in characters: the syllables are the characters' readings ("小雨" → "xiao yu").
            return Text.HanReadings.Syllables(name);
        }

        var tokens = NameFold.Tokens(name);
        if (tokens.Length == 0)
        {
            return [];
        }

        var options = new List<IReadOnlyList<string>>(tokens.Length);
        foreach (var token in tokens)
        {
            var readings = TokenReadings(token);
            if (readings.Count == 0)
            {
                return [];
            }

            options.Add(readings);
        }

        return Text.HanReadings.Product(options, MaxReadings);
    }

    private static List<string> TokenReadings(string token)
    {
        var list = new List<string>();
        if (Pinyin.Split(WadeGiles.Canonical(token)) is { } split)
        {
            list.Add(string.Join(' ', split));
        }

        foreach (var s in Syllable(token))
        {
            if (!list.Contains(s, StringComparer.Ordinal))
            {
                list.Add(s);
            }
        }

        return list;
    }

    /// <summary>The pinyin readings of one Wade–Giles syllable (apostrophes and umlauts already folded away).</summary>
    internal static IEnumerable<string> Syllable(string wg)
    {
        if (Whole.TryGetValue(wg, out var whole))
        {
            foreach (var w in whole)
            {
                yield return w;
            }

            yield break;
        }

        var initials = Initials.Where(i => wg.StartsWith(i.From, StringComparison.Ordinal)).Take(1).ToArray();
        var (from, to) = initials.Length == 1 ? initials[0] : ("", [""]);
        var rest = wg[from.Length..];
        if (from.Length == 0 && rest.Length > 0 && char.IsAsciiLetterLower(rest[0]) && !"aeiouy".Contains(rest[0], StringComparison.Ordinal))
        {
            // Any other initial (m, n, l, f, s, sh, h, w …) is written alike in both systems.
            var consonants = rest.StartsWith("sh", StringComparison.Ordinal) ? 2 : 1;
            (from, to, rest) = (rest[..consonants], [rest[..consonants]], rest[consonants..]);
        }

        foreach (var (f, t) in Finals)
        {
            if (rest.EndsWith(f, StringComparison.Ordinal))
            {
                rest = rest[..^f.Length] + t;
                break;
            }
        }

        foreach (var initial in to)
        {
            var syllable = initial + rest;
            if (Pinyin.IsSyllable(syllable))
            {
                yield return syllable;
            }
        }
    }
}
