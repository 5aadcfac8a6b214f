using System.Globalization;

namespace Threadline.Linking.Text;

/// <summary>
/// Guesses the advertised person's name and age when extraction gave none. Language-agnostic: a name
/// is a capitalised word of the title or the start of the body that is never (rarely) written in lower
/// case anywhere and is not the city; of those, the rarest over all ads wins, a word in the title (and in
/// both title and body) counting as rarer: nationality words and sentence openers are far commoner
/// than any one working name. An age is a number from 18 to 59 next to an age word in one of the
/// six languages, or right after the name.
/// </summary>
internal static class PersonHints
{
    private static readonly HashSet<string> AgeWords = new(StringComparer.Ordinal)
    {
        "years", "year", "yo", "y", "yrs", "ans", "an", "jaar", "años", "anos", "jahre", "jahren", "j", "anni", "anno", "old",
    };

    /// <summary>The ads with guessed names and ages filled in where they had none (other ads are returned as they are).</summary>
    public static IReadOnlyList<AdFeatures> Fill(IReadOnlyList<AdFeatures> ads, int parallelism)
    {
        var (names, ages) = Guess(ads, parallelism);
        var result = new AdFeatures[ads.Count];
        for (var i = 0; i < ads.Count; i++)
        {
            var ad = ads[i];
            var needNames = ad.Names.Count == 0 && names[i].Length > 0;
            var needAges = ad.Ages.Count == 0 && ages[i].Length > 0;
            result[i] = needNames || needAges ? ad with { Names = needNames ? names[i] : ad.Names, Ages = needAges ? ages[i] : ad.Ages } : ad;
        }

        return result;
    }

    public static (string[][] Names, int[][] Ages) Guess(IReadOnlyList<AdFeatures> ads, int parallelism)
    {
        var found = new Scan[ads.Count];
        Parallel.For(0, ads.Count, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, i =>
        {
            found[i] = ads[i].Names.Count > 0 ? Scan.Empty : Read(ads[i]);
        });

        // Corpus counts: capitalised, lower-case, and first-word-of-title-or-body occurrences.
        var caps = new Dictionary<string, int>(StringComparer.Ordinal);
        var lower = new Dictionary<string, int>(StringComparer.Ordinal);
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in found)
        {
            foreach (var w in s.Title.Union(s.Body))
            {
                caps[w] = caps.GetValueOrDefault(w) + 1;
            }

            foreach (var w in s.Lower)
            {
                lower[w] = lower.GetValueOrDefault(w) + 1;
            }

            foreach (var w in s.First)
            {
                first[w] = first.GetValueOrDefault(w) + 1;
            }
        }

        // Words that are never a name: written in lower case elsewhere, or (almost) always the first word.
        bool Plausible(string w) => lower.GetValueOrDefault(w.ToLowerInvariant()) * 20 <= caps[w] && first.GetValueOrDefault(w) * 10 < caps[w] * 9;

        // City names as any site writes them (Antwerp, Antwerpen ...) are never names.
        var cityWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var city in ads.Select(a => a.City).Where(c => !string.IsNullOrWhiteSpace(c)).Distinct(StringComparer.Ordinal))
        {
            cityWords.UnionWith(Folded(city));
        }

        var candidates = new List<string>[ads.Count];
        for (var i = 0; i < ads.Count; i++)
        {
            var ad = ads[i];
            var excluded = new HashSet<string>(cityWords, StringComparer.Ordinal);
            foreach (var term in ad.Nationalities)
            {
                excluded.UnionWith(Folded(term));
            }

            // A word only in the body must not open a sentence there ("Nueva en Alicante!", "Merci").
            var scan = found[i];
            candidates[i] = scan.Title.Union(scan.Body)
                .Where(w => !excluded.Contains(Fold(w)) && Plausible(w) && (scan.Title.Contains(w) || !scan.First.Contains(w)))
                .Order(StringComparer.Ordinal).ToList();
        }

        // Under a phone whose titles show several women, title words on (nearly) all its ads are its
        // template, not a name (an independent's own name stays: her titles do not vary).
        var constant = ConstantWordsPerPhone(ads, candidates.Select((c, i) => c.Where(found[i].Title.Contains).ToList()).ToArray());
        var names = new string[ads.Count][];
        var ages = new int[ads.Count][];
        for (var i = 0; i < ads.Count; i++)
        {
            var ad = ads[i];
            if (ad.Names.Count > 0)
            {
                names[i] = [.. ad.Names];
            }
            else
            {
                string? best = null;
                var bestScore = double.MaxValue;
                foreach (var w in candidates[i])
                {
                    if (ad.Phones.Any(p => constant.TryGetValue(p, out var set) && set.Contains(w)))
                    {
                        continue;
                    }

                    // Rare words win; a word in the title, and in both title and body, counts as rarer.
                    var inTitle = found[i].Title.Contains(w);
                    var score = caps[w] * (inTitle ? 1.0 : 3.0) * (inTitle && found[i].Body.Contains(w) ? 1.0 : 2.0);
                    if (score < bestScore)
                    {
                        bestScore = score;
                        best = w;
                    }
                }

                names[i] = best is null ? [] : [best];
            }

            ages[i] = ad.Ages.Count > 0 ? [.. ad.Ages] : GuessAge(ad, names[i].Length > 0 ? names[i][0] : null);
        }

        return (names, ages);
    }

    private static Dictionary<string, HashSet<string>> ConstantWordsPerPhone(IReadOnlyList<AdFeatures> ads, List<string>[] candidates)
    {
        var byPhone = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < ads.Count; i++)
        {
            foreach (var p in ads[i].Phones)
            {
                if (!byPhone.TryGetValue(p, out var list))
                {
                    byPhone[p] = list = [];
                }

                list.Add(i);
            }
        }

        var result = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (phone, list) in byPhone)
        {
            if (list.Count < 4 || list.Count > 20_000)
            {
                continue;
            }

            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var i in list)
            {
                foreach (var w in candidates[i])
                {
                    counts[w] = counts.GetValueOrDefault(w) + 1;
                }
            }

            var varying = counts.Values.Count(c => c >= 2 && c < 0.9 * list.Count) >= 2;
            if (varying)
            {
                var set = counts.Where(kv => kv.Value >= 0.9 * list.Count).Select(kv => kv.Key).ToHashSet(StringComparer.Ordinal);
                if (set.Count > 0)
                {
                    result[phone] = set;
                }
            }
        }

        return result;
    }

    private static HashSet<string> Folded(string? text) => TextTokenizer.Words(text, 8).Select(w => Fold(w.Word)).ToHashSet(StringComparer.Ordinal);

    private static string Fold(string word) => TextTokenizer.Words(word, 1) is [var only] ? only.Hash.ToString("x", CultureInfo.InvariantCulture) : word;

    private static readonly char[] SentenceEnds = ['.', '!', '?', '\n', ':', ';', '|', '-'];

    private sealed record Scan(HashSet<string> Title, HashSet<string> Body, HashSet<string> Lower, HashSet<string> First)
    {
        public static Scan Empty { get; } = new([], [], [], []);
    }

    private static Scan Read(AdFeatures ad)
    {
        var body = ad.Body is { Length: > 400 } b ? b[..400] : ad.Body;
        var lower = new HashSet<string>(StringComparer.Ordinal);
        var firstWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in new[] { ad.Title, body })
        {
            var words = TextTokenizer.Words(text, 120);
            if (words.Count > 0)
            {
                firstWords.Add(words[0].Word);
            }

            // The first word of every sentence (sentence openers are always capitalised, names not only there).
            if (!string.IsNullOrEmpty(text))
            {
                foreach (var sentence in text.Split(SentenceEnds, StringSplitOptions.RemoveEmptyEntries))
                {
                    if (TextTokenizer.Words(sentence, 1) is [var head])
                    {
                        firstWords.Add(head.Word);
                    }
                }
            }

            foreach (var (word, _) in words)
            {
                if (word.Length >= 2 && word.All(char.IsLower))
                {
                    lower.Add(word);
                }
            }
        }

        return new Scan(Capitalised(ad.Title), Capitalised(body), lower, firstWords);
    }

    private static HashSet<string> Capitalised(string? text)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(text))
        {
            return set;
        }

        foreach (var (word, _) in TextTokenizer.Words(text, 120))
        {
            if (word.Length is >= 2 and <= 14 && char.IsUpper(word[0]) && word.Skip(1).All(char.IsLower))
            {
                set.Add(word);
            }
        }

        return set;
    }

    private static int[] GuessAge(AdFeatures ad, string? name)
    {
        foreach (var text in new[] { ad.Title, ad.Body is { Length: > 600 } b ? b[..600] : ad.Body })
        {
            if (string.IsNullOrEmpty(text))
            {
                continue;
            }

            var words = TextTokenizer.Words(text, 120);
            for (var i = 0; i < words.Count; i++)
            {
                var w = words[i].Word;
                if (w.Length < 2 || !char.IsAsciiDigit(w[0]) || !char.IsAsciiDigit(w[1]) || (w.Length > 2 && !AgeWords.Contains(w[2..].ToLowerInvariant())))
                {
                    continue;
                }

                var age = int.Parse(w.AsSpan(0, 2), CultureInfo.InvariantCulture);
                if (age is < 18 or > 59)
                {
                    continue;
                }

                var next = i + 1 < words.Count ? words[i + 1].Word.ToLowerInvariant() : "";
                var prev = i > 0 ? words[i - 1].Word : "";
                if (w.Length > 2 || AgeWords.Contains(next) || (name is not null && string.Equals(prev, name, StringComparison.Ordinal)))
                {
                    return [age];
                }
            }
        }

        return [];
    }
}
