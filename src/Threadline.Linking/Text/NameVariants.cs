using System.Text;
using Threadline.Linking.Graph;

namespace Threadline.Linking.Text;

/// <summary>
/// One woman's name written several ways under one advertiser: scripts and transliterations ("Наталья",
/// "Natalya", "Natalija"), accents ("Ștefania", "Stefania"), look-alike letters of another script hidden in a
/// Latin name, spelling variants ("Bianka", "Oksanna", "Xiao Yu"). Under each phone, e-mail or handle, names whose
/// spelling skeletons are equal or within a small edit distance and whose stated ages agree (or one gives none) are one
/// name: every ad of that identifier then carries its most frequent spelling. Nothing is fitted to a list of
/// names: the skeleton is a transliteration to Latin letters (Cyrillic after the common GOST/BGN letters,
/// Polish ł, Latin diacritics dropped) followed by a Soundex-like folding (c/q → k, x → ks, w → v, y/j → i,
/// ph → f, h dropped after the first letter, doubled letters once); a Han character is its pinyin (<see cref="HanReadings"/>),
/// so "小雨" and "Xiaoyu" share a skeleton. Nicknames ("Gosia" for Małgorzata) are not matched: a skeleton must be
/// Latin letters, and equal or close.
/// Within one identifier only, so two women of one name under different numbers are not joined by this.
/// </summary>
internal static class NameVariants
{
    /// <summary>An identifier with more distinct names than this is not searched (bounds the pairwise work).</summary>
    private const int MaxNamesPerIdentifier = 200;

    private static readonly Dictionary<char, string> Cyrillic = BuildCyrillic();

    /// <summary>Rewrites <paramref name="names"/> in place: each ad's first name becomes its identifier's chosen spelling.</summary>
    /// <returns>How many ads got another spelling.</returns>
    public static int Canonicalise(IReadOnlyList<AdFeatures> ads, string[][] names, IdentifierTable table, bool[] hub, bool[] skipAd)
    {
        var rewritten = new bool[ads.Count];
        var count = 0;
        var skeletonOf = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var id = 0; id < table.Count; id++)
        {
            if (hub[id] || table.KindOf(id) is EvidenceKind.Photo or EvidenceKind.Template)
            {
                continue;
            }

            // name (normalised) → (ads, ages, skeleton)
            var byName = new Dictionary<string, (int Ads, HashSet<int> Ages, string Skeleton)>(StringComparer.Ordinal);
            foreach (var ad in table.AdsOf(id))
            {
                if (names[ad].Length == 0 || skipAd[ad] || ads[ad].Names.Count == 0)
                {
                    continue;
                }

                var key = names[ad][0];
                if (!byName.TryGetValue(key, out var v))
                {
                    var raw = ads[ad].Names[0];
                    if (!skeletonOf.TryGetValue(raw, out var skeleton))
                    {
                        skeletonOf[raw] = skeleton = Skeleton(raw);
                    }

                    v = (0, [], skeleton);
                }

                foreach (var age in ads[ad].Ages)
                {
                    v.Ages.Add(age);
                }

                byName[key] = (v.Ads + 1, v.Ages, v.Skeleton);
            }

            if (byName.Count < 2 || byName.Count > MaxNamesPerIdentifier)
            {
                continue;
            }

            var keys = byName.Keys.Order(StringComparer.Ordinal).ToArray();
            var uf = new UnionFind(keys.Length);
            for (var a = 0; a < keys.Length; a++)
            {
                for (var b = a + 1; b < keys.Length; b++)
                {
                    var x = byName[keys[a]];
                    var y = byName[keys[b]];
                    if (Close(x.Skeleton, y.Skeleton) && AgesAgree(x.Ages, y.Ages))
                    {
                        uf.Union(a, b);
                    }
                }
            }

            // The most frequent spelling of each class (then the first in ordinal order).
            var chosen = new Dictionary<int, int>();
            for (var k = 0; k < keys.Length; k++)
            {
                var root = uf.Find(k);
                if (!chosen.TryGetValue(root, out var best) || byName[keys[k]].Ads > byName[keys[best]].Ads)
                {
                    chosen[root] = k;
                }
            }

            var index = keys.Select((k, i) => (k, i)).ToDictionary(x => x.k, x => x.i, StringComparer.Ordinal);
            foreach (var ad in table.AdsOf(id))
            {
                if (rewritten[ad] || names[ad].Length == 0 || !index.TryGetValue(names[ad][0], out var k))
                {
                    continue;
                }

                var canonical = keys[chosen[uf.Find(k)]];
                if (!string.Equals(canonical, names[ad][0], StringComparison.Ordinal))
                {
                    names[ad] = [canonical, .. names[ad].Skip(1).Where(s => !string.Equals(s, canonical, StringComparison.Ordinal))];
                    rewritten[ad] = true;
                    count++;
                }
            }
        }

        return count;
    }

    /// <summary>Stated ages agree when either side gives none, or some pair differs by a year at most (a birthday).</summary>
    private static bool AgesAgree(HashSet<int> a, HashSet<int> b) => a.Count == 0 || b.Count == 0 || a.Any(x => b.Contains(x) || b.Contains(x - 1) || b.Contains(x + 1));

    /// <summary>
    /// Two spellings of one name, as the grouping tells women apart: spelling skeletons (<see cref="Skeleton"/>) with
    /// Jaro–Winkler at least 0.85 ("Sofia" / "Sophie" / "Софи"; also a shortening such as "Magda" / "Magdalena").
    /// Looser than <see cref="Close"/>, which rewrites names under one identifier.
    /// </summary>
    internal static bool Spellings(string skeletonA, string skeletonB) =>
        skeletonA.Length > 0 && skeletonB.Length > 0 && Matching.Text.JaroWinkler.Similarity(skeletonA, skeletonB) >= 0.85;

    /// <summary>Skeletons equal, or within the tolerated edit distance (only Latin skeletons may differ).</summary>
    internal static bool Close(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return false;
        }

        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return true;
        }

        if (!a.All(IsAsciiLetter) || !b.All(IsAsciiLetter))
        {
            return false;
        }

        // From 9 letters two edits; from 5 one letter more or less ("Andrea" / "Andreea", "Elena" / "Ielena"), never a
        // changed letter, so "Maria" and "Marta" stay two names.
        var shorter = Math.Min(a.Length, b.Length);
        if (shorter >= 9)
        {
            return Math.Abs(a.Length - b.Length) <= 2 && Distance(a, b, 2) <= 2;
        }

        return shorter >= 5 && Math.Abs(a.Length - b.Length) == 1 && Distance(a, b, 1) <= 1;
    }

    /// <summary>The spelling skeleton of a name: Latin letters after transliteration and folding, spaces and hyphens removed.</summary>
    internal static string Skeleton(string name)
    {
        var latin = new StringBuilder(name.Length + 4);
        foreach (var ch in name)
        {
            // Folded as words are (invariant globalisation: no Unicode decomposition here).
            var f = TextTokenizer.FoldChar(ch);
            if (f == '\u0001')
            {
                // A Han character reads as its pinyin (the reading most used in names), as Cyrillic letters do as Latin ones.
                latin.Append(HanReadings.TryGet(ch, out var reading) ? reading[0] : ch.ToString());
            }
            else if (f == '\0' || f == '0')
            {
                continue;
            }
            else if (Cyrillic.TryGetValue(f, out var t))
            {
                latin.Append(t);
            }
            else if (f is 'ß')
            {
                latin.Append("ss");
            }
            else
            {
                latin.Append(f);
            }
        }

        var s = latin.ToString();
        if (!s.All(IsAsciiLetter))
        {
            return s;
        }

        var folded = new StringBuilder(s.Length + 2);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            switch (c)
            {
                case 'c' or 'q': folded.Append('k'); break;
                case 'x': folded.Append("ks"); break;
                case 'w': folded.Append('v'); break;
                case 'p' when i + 1 < s.Length && s[i + 1] == 'h': folded.Append('f'); i++; break;
                case 'y' or 'j': folded.Append('i'); break;
                case 'h' when i > 0: break;
                default: folded.Append(c); break;
            }
        }

        var once = new StringBuilder(folded.Length);
        foreach (var c in folded.ToString())
        {
            if (once.Length == 0 || once[^1] != c)
            {
                once.Append(c);
            }
        }

        return once.ToString();
    }

    private static bool IsAsciiLetter(char c) => c is >= 'a' and <= 'z';

    /// <summary>Levenshtein distance, stopping early once every value of a row exceeds <paramref name="limit"/>.</summary>
    private static int Distance(string a, string b, int limit)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                rowMin = Math.Min(rowMin, current[j]);
            }

            if (rowMin > limit)
            {
                return limit + 1;
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    /// <summary>Russian and Ukrainian letters in Latin (the common GOST 7.79 / BGN readings; soft and hard signs dropped).</summary>
    private static Dictionary<char, string> BuildCyrillic()
    {
        const string from = "абвгґдеєёжзиіїйклмнопрстуфхцчшщъыьэюя";
        string[] to = ["a", "b", "v", "g", "g", "d", "e", "ye", "yo", "zh", "z", "i", "i", "yi", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"];
        var map = new Dictionary<char, string>();
        for (var i = 0; i < from.Length; i++)
        {
            map[from[i]] = to[i];
        }

        return map;
    }
}
