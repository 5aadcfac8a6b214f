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
    // Words around a name or an age, per language, from Text/Data/cues/*.tsv: "I am Lina", "je suis Lina",
    // "Lina est une ...", "Lina wacht op je", "Lerne Bianca kennen", "Lina, 23 ans".
    private static readonly IReadOnlySet<string> AgeWords = NameCues.AgeWords;
    private static readonly IReadOnlySet<string> CueBefore = NameCues.Before;
    private static readonly IReadOnlySet<string> CueAfter = NameCues.After;

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
        // One pass: each ad's capitalised words with where they stand (compact), and corpus counts of
        // capitalised, lower-case and sentence-first uses, gathered per thread and merged.
        var found = new Cand[ads.Count][];
        var caps = new Dictionary<string, int>(StringComparer.Ordinal);
        var lower = new Dictionary<string, int>(StringComparer.Ordinal);
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        var pool = new System.Collections.Concurrent.ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        var gate = new object();
        Parallel.For(
            0,
            ads.Count,
            new ParallelOptions { MaxDegreeOfParallelism = parallelism },
            () => (Caps: new Dictionary<string, int>(StringComparer.Ordinal), Lower: new Dictionary<string, int>(StringComparer.Ordinal), First: new Dictionary<string, int>(StringComparer.Ordinal)),
            (i, _, local) =>
            {
                found[i] = ads[i].Names.Count > 0 ? [] : Read(ads[i], pool, local.Caps, local.Lower, local.First);
                return local;
            },
            local =>
            {
                lock (gate)
                {
                    Merge(caps, local.Caps);
                    Merge(lower, local.Lower);
                    Merge(first, local.First);
                }
            });

        // Words that are never a name: written in lower case elsewhere, or (almost) always the first word.
        bool Plausible(string w) => lower.GetValueOrDefault(w.ToLowerInvariant()) * 20 <= caps[w] && first.GetValueOrDefault(w) * 10 < caps[w] * 9;

        // City names as any site writes them (Antwerp, Antwerpen ...) are never names.
        var cityWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var city in ads.Select(a => a.City).Where(c => !string.IsNullOrWhiteSpace(c)).Distinct(StringComparer.Ordinal))
        {
            cityWords.UnionWith(Folded(city));
        }

        // Sentence heads that fill a slot of a phone's template ("Chloe ti aspetta", "Bruna ti aspetta").
        var slots = SlotNames.Find(ads, pool, parallelism);
        bool NeverLower(string w) => caps.TryGetValue(w, out var c) && lower.GetValueOrDefault(w.ToLowerInvariant()) * 20 <= c;

        // How many ads a cue marks each word in as a name. A working name that is also a common lower-case word
        // elsewhere ("Lin" and the pinyin "huan ying guang lin") is still a name where cues mark it often.
        var cuedAds = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var list in found)
        {
            foreach (var c in list)
            {
                if (c.Cued)
                {
                    cuedAds[c.Word] = cuedAds.GetValueOrDefault(c.Word) + 1;
                }
            }
        }

        // A capitalised word on many ads that no cue anywhere marks as a name is vocabulary: a German noun
        // ("Privatwohnung", "Nummern") or a closing ("Kusjes", "Thank you"). Working names are cued somewhere.
        bool Vocabulary(string w) => caps[w] >= VocabularyAds && !cuedAds.ContainsKey(w);

        bool CuedName(string w) => NeverLower(w) || (cuedAds.GetValueOrDefault(w) is >= 3 and var cued && lower.GetValueOrDefault(w.ToLowerInvariant()) <= 2 * cued);

        var candidates = new Cand[ads.Count][];
        for (var i = 0; i < ads.Count; i++)
        {
            var ad = ads[i];
            var excluded = ad.Nationalities.Count == 0 ? NoWords : ad.Nationalities.SelectMany(Folded).ToHashSet(StringComparer.Ordinal);

            // A word only in the body must not open a sentence there ("Nueva en Alicante!", "Merci"),
            // unless it fills a slot of the phone's template.
            // A word that a cue marks as a name ("je suis Lina") needs only to be never written in lower case.
            // In an ad written as "we" ("Jede Woche neue Girls bei uns"), an uncued word only in the body is the
            // group's text, never one woman's name.
            candidates[i] = found[i]
                .Where(c => (c.Cued ? CuedName(c.Word) : slots[i].Contains(c.Word) ? NeverLower(c.Word) : Plausible(c.Word) && (c.InTitle || (!c.First && !ad.FirstPersonPlural)) && !Vocabulary(c.Word))
                    && !cityWords.Contains(FoldCached(c.Word)) && !excluded.Contains(FoldCached(c.Word)))
                .ToArray();
        }

        // Under a phone whose titles show several women, title words on (nearly) all its ads are its
        // template, not a name (an independent's own name stays: her titles do not vary).
        var constant = ConstantWordsPerPhone(ads, candidates.Select(c => c.Where(x => x.InTitle).Select(x => x.Word).ToList()).ToArray());
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
                foreach (var c in candidates[i])
                {
                    var w = c.Word;
                    if (ad.Phones.Any(p => constant.TryGetValue(p, out var set) && set.Contains(w)))
                    {
                        continue;
                    }

                    // A cued word beats any other; then rare words win, a word in the title, and in both title and
                    // body, counting as rarer.
                    var score = caps[w] * (c.InTitle ? 1.0 : 3.0) * (c.InTitle && c.InBody ? 1.0 : 2.0) * (c.Cued ? 1e-6 : 1.0);
                    if (score < bestScore || (score == bestScore && string.CompareOrdinal(w, best) < 0))
                    {
                        bestScore = score;
                        best = w;
                    }
                }

                names[i] = best is null ? [] : [TwoWordName(ad, best, found[i], w => candidates[i].Any(c => string.Equals(c.Word, w, StringComparison.Ordinal)) || (cuedAds.GetValueOrDefault(w) >= 3 && CuedName(w)), w => !cityWords.Contains(FoldCached(w)))];
                if (names[i] is [var chosen] && string.Equals(chosen, best, StringComparison.Ordinal) && OtherName(ad, candidates[i], chosen) is { } other)
                {
                    names[i] = [chosen, other];
                }
            }

            ages[i] = ad.Ages.Count > 0 ? [.. ad.Ages] : GuessAge(ad, names[i].Length > 0 ? names[i][0] : null);
        }

        // Names written in Han characters have no capitals to read: where no other name was found, the one standing
        // before her age ("温柔小雨，25岁") is read from the structure of the workspace's Chinese ads.
        var han = HanNames.Guess(ads, [.. names.Select(n => n.Length == 0)]);
        for (var i = 0; i < ads.Count; i++)
        {
            if (han[i] is { } h)
            {
                names[i] = [h.Name];
                if (ages[i].Length == 0)
                {
                    ages[i] = [h.Age];
                }
            }
        }

        return (names, ages);
    }

    /// <summary>
    /// The second name one ad gives its one woman: the title names her one way by its convention or a cue ("Зоя (28)",
    /// "Lieve Aleksandra, 29 jaar", "Dolce Babi, 32 anni") and the body another way by a cue ("soy Zoe", "Hier is dame
    /// Sandra", "Nuova bellezza Barbara, 32 anni"). Only when each is the one cued name of its part, neither is in the
    /// other part, and the ad gives one age at most: an ad about two women names both in one part. Null otherwise.
    /// </summary>
    private static string? OtherName(AdFeatures ad, Cand[] candidates, string chosen)
    {
        if (ad.Ages.Distinct().Skip(1).Any())
        {
            return null;
        }

        string? titleOnly = null;
        string? bodyOnly = null;
        foreach (var c in candidates)
        {
            if (!c.Cued)
            {
                continue;
            }

            if (c.InTitle == c.InBody || (c.InTitle ? titleOnly : bodyOnly) is not null)
            {
                return null;
            }

            if (c.InTitle)
            {
                titleOnly = c.Word;
            }
            else
            {
                bodyOnly = c.Word;
            }
        }

        return titleOnly is null || bodyOnly is null ? null
            : string.Equals(chosen, titleOnly, StringComparison.Ordinal) ? bodyOnly
            : string.Equals(chosen, bodyOnly, StringComparison.Ordinal) ? titleOnly
            : null;
    }

    /// <summary>
    /// "Xiao Mei": the chosen word together with a name word (a candidate, or a word cues often mark as a name)
    /// written right before or after it, so that a two-word name is one name whichever of its words a cue marks, and
    /// "Xiao Mei" and "Xiao Yu" stay two women. Joined to it by a hyphen ("Mei-Ling", "Chia-Yi", "Anne-Marie"), any
    /// capitalised word that is not a city's is part of her name, even one that opens every title it is in.
    /// </summary>
    private static string TwoWordName(AdFeatures ad, string word, Cand[] capitalised, Func<string, bool> nameWord, Func<string, bool> compoundPart)
    {
        foreach (var other in capitalised)
        {
            if (string.Equals(other.Word, word, StringComparison.Ordinal) || !compoundPart(other.Word))
            {
                continue;
            }

            foreach (var pair in (ReadOnlySpan<string>)[other.Word + "-" + word, word + "-" + other.Word])
            {
                if (Contains(ad.Title, pair) || Contains(ad.Body, pair))
                {
                    return pair;
                }
            }
        }

        foreach (var other in capitalised)
        {
            if (string.Equals(other.Word, word, StringComparison.Ordinal) || !nameWord(other.Word))
            {
                continue;
            }

            foreach (var pair in (ReadOnlySpan<string>)[other.Word + " " + word, word + " " + other.Word])
            {
                if (Contains(ad.Title, pair) || Contains(ad.Body, pair))
                {
                    return pair;
                }
            }
        }

        return word;
    }

    private static bool Contains(string? text, string part) => text?.Contains(part, StringComparison.Ordinal) ?? false;

    private static void Merge(Dictionary<string, int> into, Dictionary<string, int> from)
    {
        foreach (var (k, v) in from)
        {
            into[k] = into.GetValueOrDefault(k) + v;
        }
    }

    /// <summary>A capitalised word of one ad, where it stands, and whether a cue marks it as a name.</summary>
    private readonly record struct Cand(string Word, bool InTitle, bool InBody, bool First, bool Cued);

    /// <summary>Ads a never-cued capitalised word must be on to count as vocabulary, not a name.</summary>
    private const int VocabularyAds = 30;

    private static readonly char[] ClauseEnds = ['.', '!', '?', '\n', ';', '|'];

    /// <summary>
    /// An age standing alone after her name in the same sentence, set off by a comma or closing the sentence:
    /// "Ich bin Sonia, eine osteuropäische Frau, 20.", "Hey! Denisa here, 21.", "Lerne Bianca kennen, 26, süß",
    /// "Ik ben Andreea, een Roemeense meid van 21." (a number from 18 to 59, not part of a figure like 24/7 or 90-60-90).
    /// </summary>
    private static int? TrailingAge(string? text, string name)
    {
        if (string.IsNullOrEmpty(text) || !text.Contains(name, StringComparison.Ordinal))
        {
            return null;
        }

        foreach (var sentence in text.Split(ClauseEnds))
        {
            var at = WordIndex(sentence, name);
            if (at < 0)
            {
                continue;
            }

            for (var i = at + name.Length; i < sentence.Length; i++)
            {
                if (!char.IsAsciiDigit(sentence[i]) || char.IsLetterOrDigit(sentence[i - 1]))
                {
                    continue;
                }

                var end = i;
                while (end < sentence.Length && char.IsAsciiDigit(sentence[end]))
                {
                    end++;
                }

                var rest = sentence.AsSpan(end).TrimEnd();
                var closes = rest.Length == 0 || rest[0] == ',';
                var afterNumber = i >= 2 && char.IsAsciiDigit(sentence[i - 2]);
                if (end - i == 2 && sentence[i - 1] == ' ' && !afterNumber && closes)
                {
                    var age = ((sentence[i] - '0') * 10) + (sentence[i + 1] - '0');
                    if (age is >= 18 and <= 59)
                    {
                        return age;
                    }
                }

                i = end;
            }
        }

        return null;
    }

    /// <summary>
    /// True when <paramref name="number"/> follows <paramref name="name"/> as an age does ("Lina 23", "Lina, 23"), not as
    /// the start of a phone number ("Denisa +31 6…", "Lina 06 12 …") or a figure ("Lina 24/7").
    /// </summary>
    private static bool RightAfter(string text, string name, string number)
    {
        foreach (var sep in (ReadOnlySpan<string>)[" ", ", ", " (", " | "])
        {
            var pattern = name + sep + number;
            for (var at = text.IndexOf(pattern, StringComparison.Ordinal); at >= 0; at = text.IndexOf(pattern, at + 1, StringComparison.Ordinal))
            {
                var end = at + pattern.Length;
                if (end >= text.Length || !(char.IsDigit(text[end]) || text[end] is '/' or '-' or '.' || (text[end] == ' ' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1]))))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Where <paramref name="word"/> stands in <paramref name="text"/> as a whole word; -1 when it does not.</summary>
    private static int WordIndex(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var before = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            var after = at + word.Length >= text.Length || !char.IsLetterOrDigit(text[at + word.Length]);
            if (before && after)
            {
                return at;
            }
        }

        return -1;
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

    private static readonly HashSet<string> NoWords = new(StringComparer.Ordinal);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> FoldCache = new(StringComparer.Ordinal);

    private static string FoldCached(string word)
    {
        if (FoldCache.TryGetValue(word, out var f))
        {
            return f;
        }

        f = Fold(word);
        if (FoldCache.Count < 200_000)
        {
            FoldCache.TryAdd(word, f);
        }

        return f;
    }

    private static string Fold(string word) => TextTokenizer.Words(word, 1) is [var only] ? only.Hash.ToString("x", CultureInfo.InvariantCulture) : word;

    private static readonly char[] SentenceEnds = ['.', '!', '?', '\n', ':', ';', '|', '-', '¡', '¿'];

    private static Cand[] Read(AdFeatures ad, System.Collections.Concurrent.ConcurrentDictionary<string, string> pool, Dictionary<string, int> caps, Dictionary<string, int> lowerCounts, Dictionary<string, int> firstCounts)
    {
        var body = ad.Body is { Length: > 400 } b ? b[..400] : ad.Body;
        var lower = new HashSet<string>(StringComparer.Ordinal);
        var firstWords = new HashSet<string>(StringComparer.Ordinal);
        var cued = new HashSet<string>(StringComparer.Ordinal);
        var title = Capitalised(ad.Title);
        var bodyCaps = Capitalised(body);
        foreach (var text in new[] { ad.Title, body })
        {
            if (string.IsNullOrEmpty(text))
            {
                continue;
            }

            var words = TextTokenizer.Words(text, 120);
            if (words.Count > 0)
            {
                firstWords.Add(words[0].Word);
            }

            // The first word of every sentence (sentence openers are always capitalised, names not only there).
            foreach (var sentence in text.Split(SentenceEnds, StringSplitOptions.RemoveEmptyEntries))
            {
                if (TextTokenizer.Words(sentence, 1) is [var head])
                {
                    firstWords.Add(head.Word);
                }
            }

            foreach (var (word, _) in words)
            {
                if (word.Length >= 2 && word.All(char.IsLower))
                {
                    lower.Add(word);
                }
            }

            // Cues are read within a sentence: "Tarifs 30 min. Lin 23 ans" (Lin opens her sentence) but not
            // "junge Frauen, 23 Jahre" (the age follows a phrase).
            foreach (var sentence in text.Split(SentenceEnds, StringSplitOptions.RemoveEmptyEntries))
            {
                MarkCued(TextTokenizer.Words(sentence, 40), cued);
            }
        }

        MarkTitleConventions(ad.Title, cued);
        foreach (var w in lower)
        {
            lowerCounts[w] = lowerCounts.GetValueOrDefault(w) + 1;
        }

        var all = title.Union(bodyCaps).ToList();
        var result = new Cand[all.Count];
        for (var k = 0; k < all.Count; k++)
        {
            var w = pool.GetOrAdd(all[k], all[k]);
            var isFirst = firstWords.Contains(w);
            caps[w] = caps.GetValueOrDefault(w) + 1;
            if (isFirst)
            {
                firstCounts[w] = firstCounts.GetValueOrDefault(w) + 1;
            }

            result[k] = new Cand(w, title.Contains(w), bodyCaps.Contains(w), isFirst, cued.Contains(w));
        }

        Array.Sort(result, (x, y) => string.CompareOrdinal(x.Word, y.Word));
        return result;
    }

    /// <summary>
    /// Site title conventions, in any language: the name is the capitalised word (or two) that a bare age follows in
    /// the title — "Name, 28 - City", "Name (28)", "City | Name | 28", "Agency - Name, 28" — not a figure
    /// ("24/7", "90-60-90") nor the start of a phone number.
    /// </summary>
    private static void MarkTitleConventions(string? title, HashSet<string> cued)
    {
        if (string.IsNullOrEmpty(title))
        {
            return;
        }

        var text = title.Length > 200 ? title[..200] : title;
        foreach (System.Text.RegularExpressions.Match m in TitleAge.Matches(text))
        {
            var age = int.Parse(m.Groups["age"].ValueSpan, CultureInfo.InvariantCulture);
            if (age is >= 18 and <= 59)
            {
                // The word right before the age: "Dulce Lin, 29 años" marks Lin, not the adjective; a two-word name
                // ("Xiao Yu (25)") is put together afterwards as for any cue.
                if (TextTokenizer.Words(m.Groups["name"].Value, 2) is [.., var (word, _)] && IsCapitalisedWord(word))
                {
                    cued.Add(word);
                }
            }
        }
    }

    private static readonly System.Text.RegularExpressions.Regex TitleAge = new(
        @"(?<![\p{L}\p{M}])(?<name>\p{Lu}[\p{L}\p{M}]+)\s*(?:,\s*|\(\s*|\|\s*)(?<age>\d{2})(?=\s*(?:\)|$|[-|,]\s*\D|\s[^\d\s/+]))",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(1));

    /// <summary>Adds the capitalised words that a cue before or after marks as a name, or that an age follows ("Lina, 23 ans").</summary>
    private static void MarkCued(List<(string Word, ulong Hash)> words, HashSet<string> cued)
    {
        for (var j = 0; j < words.Count; j++)
        {
            var w = words[j].Word;
            if (!IsCapitalisedWord(w))
            {
                continue;
            }

            var p1 = j > 0 ? words[j - 1].Word.ToLowerInvariant() : "";
            var p2 = j > 1 ? words[j - 2].Word.ToLowerInvariant() + " " + p1 : "";
            var n1 = j + 1 < words.Count ? words[j + 1].Word.ToLowerInvariant() : "";
            var n2 = j + 2 < words.Count ? n1 + " " + words[j + 2].Word.ToLowerInvariant() : "";
            // "Lina 23 ans", but not "junge Frauen, 23 Jahre": after a lower-case word the age belongs to a phrase.
            var age = n1.Length == 2 && char.IsAsciiDigit(n1[0]) && char.IsAsciiDigit(n1[1]) && n1[0] is >= '1' and <= '5'
                && j + 2 < words.Count && AgeWords.Contains(words[j + 2].Word.ToLowerInvariant())
                && (j == 0 || !words[j - 1].Word.All(char.IsLower));
            if (CueBefore.Contains(p1) || CueBefore.Contains(p2) || CueAfter.Contains(n1) || CueAfter.Contains(n2) || age)
            {
                cued.Add(w);
            }
        }
    }

    /// <summary>2 to 14 letters, the first upper case, the rest lower case ("Lina", not "LINA" or "McKay").</summary>
    private static bool IsCapitalisedWord(string w)
    {
        if (w.Length is < 2 or > 14 || !char.IsUpper(w[0]))
        {
            return false;
        }

        for (var k = 1; k < w.Length; k++)
        {
            if (!char.IsLower(w[k]))
            {
                return false;
            }
        }

        return true;
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
            if (IsCapitalisedWord(word))
            {
                set.Add(word);
            }
        }

        return set;
    }

    private static int[] GuessAge(AdFeatures ad, string? name)
    {
        var trailing = name is null ? null : TrailingAge(ad.Title, name) ?? TrailingAge(ad.Body is { Length: > 600 } t ? t[..600] : ad.Body, name);
        if (trailing is { } years)
        {
            return [years];
        }

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
                if (w.Length > 2 || AgeWords.Contains(next) || (name is not null && name.EndsWith(prev, StringComparison.Ordinal) && (name.Length == prev.Length || name[^(prev.Length + 1)] == ' ')
                    && RightAfter(text, name, w)))
                {
                    return [age];
                }
            }
        }

        return [];
    }
}
