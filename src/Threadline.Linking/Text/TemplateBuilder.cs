namespace Threadline.Linking.Text;

/// <summary>
/// Builds a template from a near-duplicate cluster in the spirit of InfoShield's fine stage (Lee et al.,
/// ICDE 2021): the medoid is aligned word by word (longest common subsequence) with a sample of members;
/// medoid words kept by at least 80% of them are fixed text, the rest, and places where members insert
/// words, become slots. (InfoShield chooses slots by minimum description length; the majority rule is a
/// cheaper stand-in that gives the same slots on template-generated ads.)
/// </summary>
internal static class TemplateBuilder
{
    private const double FixedShare = 0.8;
    private const int MaxAlignWords = 160;
    private const int MaxSamples = 4;

    public static Template Build(string id, IReadOnlyList<AdFeatures> ads, IReadOnlyList<int> members, TextSignatures sigs, int maxAligned, int distinctPhones)
    {
        var sample = members.Take(Math.Max(2, maxAligned)).ToArray();
        var medoid = Medoid(sample, sigs);
        var medoidWords = WordsOf(ads[medoid]);
        var keep = new int[medoidWords.Count];
        var insertAfter = new int[medoidWords.Count + 1];
        var alignments = new List<(List<(string Word, ulong Hash)> Words, int[] Map)>();
        var others = 0;
        foreach (var m in sample)
        {
            if (m == medoid)
            {
                continue;
            }

            others++;
            var words = WordsOf(ads[m]);
            var map = Align(medoidWords, words);
            alignments.Add((words, map));
            var prev = -1;
            var insertedHere = new HashSet<int>();
            for (var j = 0; j < map.Length; j++)
            {
                if (map[j] < 0)
                {
                    continue;
                }

                keep[j]++;
                if (map[j] > prev + 1)
                {
                    insertedHere.Add(j);
                }

                prev = map[j];
            }

            if (prev < words.Count - 1)
            {
                insertedHere.Add(medoidWords.Count);
            }

            foreach (var pos in insertedHere)
            {
                insertAfter[pos]++;
            }
        }

        var needed = Math.Max(1, (int)Math.Ceiling(FixedShare * others));
        var isFixed = keep.Select(k => k >= needed).ToArray();
        var parts = new List<TemplatePart>();
        var text = new System.Text.StringBuilder();
        var slot = 0;
        var lastWasSlot = false;
        var i = 0;
        while (i <= medoidWords.Count)
        {
            if (i < medoidWords.Count && !isFixed[i])
            {
                var s = i;
                while (i < medoidWords.Count && !isFixed[i])
                {
                    i++;
                }

                Flush(parts, text);
                parts.Add(new TemplatePart("", true, ++slot, SlotValues(medoidWords, alignments, isFixed, s, i)));
                lastWasSlot = true;
                continue;
            }

            if (!lastWasSlot && insertAfter[i] * 5 > others)
            {
                Flush(parts, text);
                parts.Add(new TemplatePart("", true, ++slot, SlotValues(medoidWords, alignments, isFixed, i, i)));
            }

            if (i < medoidWords.Count)
            {
                text.Append(' ').Append(medoidWords[i].Word).Append(' ');
            }

            lastWasSlot = false;
            i++;
        }

        Flush(parts, text);
        return new Template
        {
            Id = id,
            AdIds = members.Select(m => ads[m].AdId).ToArray(),
            MedoidAdId = ads[medoid].AdId,
            Parts = parts,
            DistinctPhones = distinctPhones,
        };
    }

    private static void Flush(List<TemplatePart> parts, System.Text.StringBuilder text)
    {
        var t = text.ToString().Replace("  ", " ", StringComparison.Ordinal);
        if (t.Trim().Length > 0)
        {
            parts.Add(new TemplatePart(t, false, 0, []));
        }

        text.Clear();
    }

    private static List<(string Word, ulong Hash)> WordsOf(AdFeatures ad)
    {
        var words = TextTokenizer.Words(ad.Title, MaxAlignWords / 4);
        words.AddRange(TextTokenizer.Words(ad.Body, MaxAlignWords - words.Count));
        return words;
    }

    private static int Medoid(int[] sample, TextSignatures sigs)
    {
        var best = sample[0];
        var bestScore = double.MinValue;
        foreach (var a in sample)
        {
            var s = 0.0;
            foreach (var b in sample)
            {
                s += sigs.Similarity(a, b);
            }

            if (s > bestScore)
            {
                bestScore = s;
                best = a;
            }
        }

        return best;
    }

    /// <summary>LCS alignment: for each medoid word, the index of the matched member word or -1.</summary>
    internal static int[] Align(List<(string Word, ulong Hash)> a, List<(string Word, ulong Hash)> b)
    {
        var n = a.Count;
        var m = b.Count;
        var dp = new short[(n + 1) * (m + 1)];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                dp[(i * (m + 1)) + j] = a[i].Hash == b[j].Hash
                    ? (short)(dp[((i + 1) * (m + 1)) + j + 1] + 1)
                    : Math.Max(dp[((i + 1) * (m + 1)) + j], dp[(i * (m + 1)) + j + 1]);
            }
        }

        var map = new int[n];
        Array.Fill(map, -1);
        int x = 0, y = 0;
        while (x < n && y < m)
        {
            if (a[x].Hash == b[y].Hash)
            {
                map[x++] = y++;
            }
            else if (dp[((x + 1) * (m + 1)) + y] >= dp[(x * (m + 1)) + y + 1])
            {
                x++;
            }
            else
            {
                y++;
            }
        }

        return map;
    }

    private static List<string> SlotValues(List<(string Word, ulong Hash)> medoid, List<(List<(string Word, ulong Hash)> Words, int[] Map)> alignments, bool[] isFixed, int from, int to)
    {
        var values = new List<string>();
        if (to > from)
        {
            values.Add(string.Join(' ', medoid.Skip(from).Take(to - from).Select(w => w.Word)));
        }

        foreach (var (words, map) in alignments)
        {
            if (values.Count >= MaxSamples)
            {
                break;
            }

            var left = -1;
            for (var i = from - 1; i >= 0; i--)
            {
                if (isFixed[i] && map[i] >= 0)
                {
                    left = map[i];
                    break;
                }
            }

            var right = words.Count;
            for (var i = to; i < map.Length; i++)
            {
                if (isFixed[i] && map[i] >= 0)
                {
                    right = map[i];
                    break;
                }
            }

            if (right - left > 1 && right - left <= 12)
            {
                var v = string.Join(' ', words.Skip(left + 1).Take(right - left - 1).Select(w => w.Word));
                if (!values.Contains(v, StringComparer.Ordinal))
                {
                    values.Add(v);
                }
            }
        }

        return values;
    }
}
