using System.Globalization;

namespace Threadline.Linking.Text;

/// <summary>
/// Guesses the advertised person's name and age when extraction gave none. Language-agnostic: a name
/// is a capitalised word that appears in both the title and the body (ads repeat the working name),
/// other than the city; when several do, the one rarest across all ads wins (nationality words are
/// more common than any one name). An age is a number from 18 to 59 next to an age word in one of the
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
        var candidates = new List<string>[ads.Count];
        Parallel.For(0, ads.Count, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, i =>
        {
            candidates[i] = ads[i].Names.Count > 0 ? [] : Candidates(ads[i]);
        });

        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var list in candidates)
        {
            foreach (var c in list)
            {
                df[c] = df.GetValueOrDefault(c) + 1;
            }
        }

        var names = new string[ads.Count][];
        var ages = new int[ads.Count][];
        for (var i = 0; i < ads.Count; i++)
        {
            var ad = ads[i];
            if (ad.Names.Count > 0)
            {
                names[i] = [.. ad.Names];
            }
            else if (candidates[i].Count > 0)
            {
                names[i] = [candidates[i].OrderBy(c => df[c]).ThenBy(c => c, StringComparer.Ordinal).First()];
            }
            else
            {
                names[i] = [];
            }

            ages[i] = ad.Ages.Count > 0 ? [.. ad.Ages] : GuessAge(ad, names[i].Length > 0 ? names[i][0] : null);
        }

        return (names, ages);
    }

    private static List<string> Candidates(AdFeatures ad)
    {
        var title = Capitalised(ad.Title);
        if (title.Count == 0)
        {
            return [];
        }

        var body = Capitalised(ad.Body is { Length: > 600 } b ? b[..600] : ad.Body);
        var cityWords = TextTokenizer.Words(ad.City, 6).Select(w => w.Word).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return title.Where(t => body.Contains(t) && !cityWords.Contains(t)).Order(StringComparer.Ordinal).ToList();
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
