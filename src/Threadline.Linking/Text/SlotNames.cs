namespace Threadline.Linking.Text;

/// <summary>
/// Names in a template's slot at the start of a sentence: "Chloe ti aspetta a Roma", "Bruna ti
/// aspetta a Roma" under one agency number. A word that always opens its sentence looks like an
/// opener ("Meet", "Maak") and is otherwise not taken for a name; but when, under one phone, the same
/// following words come after different capitalised words, those words fill a slot of the phone's
/// template, and a slot at the head of a sentence that is never written in lower case holds a name
/// (InfoShield's template-and-slot idea applied to one sentence).
/// </summary>
internal static class SlotNames
{
    /// <summary>Words after the head that make up its context.</summary>
    private const int ContextWords = 3;

    /// <summary>Phones with more ads than this are skipped (a hub: the grouping cuts it anyway).</summary>
    private const int MaxAdsPerPhone = 20_000;

    private static readonly char[] SentenceEnds = ['.', '!', '?', '\n', ':', ';', '|'];

    /// <summary>A sentence head of an ad's body: the capitalised first word and a hash of the words after it.</summary>
    public readonly record struct Head(string Word, ulong Context);

    /// <summary>The capitalised heads of the body's sentences (first 400 characters).</summary>
    /// <param name="body">The ad's body.</param>
    /// <param name="pool">Interns head words, so a million ads hold each name once.</param>
    public static Head[] Heads(string? body, System.Collections.Concurrent.ConcurrentDictionary<string, string> pool)
    {
        if (string.IsNullOrEmpty(body))
        {
            return [];
        }

        var text = body.Length > 400 ? body[..400] : body;
        var heads = new List<Head>();
        foreach (var sentence in text.Split(SentenceEnds, StringSplitOptions.RemoveEmptyEntries))
        {
            var words = TextTokenizer.Words(sentence, ContextWords + 1);
            if (words.Count < ContextWords + 1)
            {
                continue;
            }

            // The context is words: "Petite 1m74, 83-66-78" and "Klein 174cm, 83-66-78" share the woman's measurements,
            // not a template sentence, and their heads are adjectives, not names.
            var head = words[0].Word;
            if (head.Length is >= 2 and <= 14 && char.IsUpper(head[0]) && head.Skip(1).All(char.IsLower)
                && !words[1].Word.Any(char.IsAsciiDigit) && !words[2].Word.Any(char.IsAsciiDigit) && !words[3].Word.Any(char.IsAsciiDigit))
            {
                var context = 0xcbf29ce484222325UL;
                for (var k = 1; k <= ContextWords; k++)
                {
                    context = (context ^ words[k].Hash) * 0x100000001b3UL;
                }

                heads.Add(new Head(pool.GetOrAdd(head, head), context));
            }
        }

        return [.. heads];
    }

    /// <summary>
    /// Per ad, the head words that fill a slot under one of its phones: the same context follows at
    /// least two different head words among that phone's ads. Read only: ads without any share one empty set.
    /// </summary>
    public static HashSet<string>[] Find(IReadOnlyList<AdFeatures> ads, System.Collections.Concurrent.ConcurrentDictionary<string, string> pool, int parallelism)
    {
        var heads = new Head[ads.Count][];
        Parallel.For(0, ads.Count, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, i => heads[i] = ads[i].Names.Count > 0 ? [] : Heads(ads[i].Body, pool));

        var result = new HashSet<string>[ads.Count];
        var none = new HashSet<string>(StringComparer.Ordinal);
        var byPhone = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < ads.Count; i++)
        {
            result[i] = none;
            if (heads[i].Length == 0)
            {
                continue;
            }

            foreach (var p in ads[i].Phones)
            {
                if (!byPhone.TryGetValue(p, out var list))
                {
                    byPhone[p] = list = [];
                }

                list.Add(i);
            }
        }

        foreach (var list in byPhone.Values)
        {
            if (list.Count < 2 || list.Count > MaxAdsPerPhone)
            {
                continue;
            }

            var wordsOfContext = new Dictionary<ulong, HashSet<string>>();
            foreach (var i in list)
            {
                foreach (var h in heads[i])
                {
                    if (!wordsOfContext.TryGetValue(h.Context, out var words))
                    {
                        wordsOfContext[h.Context] = words = new HashSet<string>(StringComparer.Ordinal);
                    }

                    words.Add(h.Word);
                }
            }

            foreach (var i in list)
            {
                foreach (var h in heads[i])
                {
                    if (wordsOfContext[h.Context].Count >= 2)
                    {
                        if (ReferenceEquals(result[i], none))
                        {
                            result[i] = new HashSet<string>(StringComparer.Ordinal);
                        }

                        result[i].Add(h.Word);
                    }
                }
            }
        }

        return result;
    }
}
