using Threadline.Extraction.Data;

namespace Threadline.Extraction.Attributes;

/// <summary>The grammatical persons an ad is written in.</summary>
internal enum Person
{
    /// <summary>First person singular: the woman writes herself.</summary>
    I = 0,

    /// <summary>First person plural: an agency or controller writing for several women.</summary>
    We = 1,

    /// <summary>Third person singular feminine: someone else writes about her.</summary>
    She = 2,
}

/// <summary>
/// Who speaks in an ad, read from structure rather than phrases: the words of each grammatical person
/// (grammatical-person.tsv: pronouns, possessives, the commonest verb forms that carry the person), counted in the
/// ad's language, and for Chinese the characters 我 (I), 我们 (we) and 她 (she). An ad is in the third person when it
/// says "she" more often than "I", and in the first person plural when it says "we" more often than "I": a controller
/// may write "call me" under "she is new", a woman "we can have dinner" under "I am new". Counted per language while
/// the language is told (<see cref="LanguageDetector"/>), so a word of one language ("ma": "my" in French, "has" in
/// Polish) is read in the ad's language only.
/// </summary>
internal sealed class Voice
{
    /// <summary>Index of Chinese: after <see cref="LanguageDetector"/>'s languages.</summary>
    public static int Chinese => LanguageDetector.LanguageCount;

    private const int Persons = 3;
    private readonly int[] _counts = new int[(LanguageDetector.LanguageCount + 1) * Persons];
    private readonly TextSpan?[] _first = new TextSpan?[(LanguageDetector.LanguageCount + 1) * Persons];

    public void Reset()
    {
        Array.Clear(_counts);
        Array.Clear(_first);
    }

    /// <summary>Counts one word of <paramref name="language"/> (an index of <see cref="LanguageDetector"/>) for <paramref name="person"/>.</summary>
    public void Add(int language, Person person, TextField field, string text, int start, int end)
    {
        var i = (language * Persons) + (int)person;
        _counts[i]++;
        _first[i] ??= new TextSpan(field, start, end - start, text.Substring(start, end - start));
    }

    /// <summary>How often <paramref name="language"/> (an index; <see cref="Chinese"/> for Chinese) says <paramref name="person"/>.</summary>
    public int Count(int language, Person person) => _counts[(language * Persons) + (int)person];

    /// <summary>Where the ad first says <paramref name="person"/> in <paramref name="language"/>.</summary>
    public TextSpan? First(int language, Person person) => _first[(language * Persons) + (int)person];

    /// <summary>
    /// The language to read the persons in: the ad's language when it has person words; otherwise the language whose
    /// person words the ad uses most (a short ad whose language was not told), or none (-1).
    /// </summary>
    public int LanguageOf(string code)
    {
        var told = code == "zh" ? Chinese : LanguageDetector.IndexOf(code);
        if (told >= 0)
        {
            return told;
        }

        var best = -1;
        var most = 0;
        for (var l = 0; l <= Chinese; l++)
        {
            var n = Count(l, Person.I) + Count(l, Person.We) + Count(l, Person.She);
            if (n > most)
            {
                (best, most) = (l, n);
            }
        }

        return best;
    }

    /// <summary>Reads the person words of one field's tokens into the tally.</summary>
    public static void Read(string text, string folded, TextField field, List<(int Start, int End)> tokens, Dictionary<string, (int Language, Person Person)[]>.AlternateLookup<ReadOnlySpan<char>> words, Voice tally)
    {
        foreach (var (s, e) in tokens)
        {
            if (e - s == 1 && Text.Tokenizer.IsHan(folded[s]))
            {
                var c = folded[s];
                if (c == '我')
                {
                    var plural = s + 1 < folded.Length && folded[s + 1] == '们';
                    tally.Add(Chinese, plural ? Person.We : Person.I, field, text, s, plural ? s + 2 : s + 1);
                }
                else if (c == '她')
                {
                    tally.Add(Chinese, Person.She, field, text, s, s + 1);
                }

                continue;
            }

            if (words.TryGetValue(folded.AsSpan(s, e - s), out var uses))
            {
                foreach (var (language, person) in uses)
                {
                    tally.Add(language, person, field, text, s, e);
                }
            }
        }
    }

    /// <summary>Loads grammatical-person.tsv: folded word → the languages and persons it marks.</summary>
    public static Dictionary<string, (int Language, Person Person)[]> Load()
    {
        var d = new Dictionary<string, List<(int, Person)>>(StringComparer.Ordinal);
        foreach (var f in ExtractionData.Rows("grammatical-person.tsv"))
        {
            var language = LanguageDetector.IndexOf(f[0]);
            if (language < 0)
            {
                throw new InvalidDataException($"grammatical-person.tsv: language '{f[0]}' is not one stopwords.tsv tells");
            }

            var person = f[1] switch
            {
                "i" => Person.I,
                "we" => Person.We,
                "she" => Person.She,
                _ => throw new InvalidDataException($"grammatical-person.tsv: person '{f[1]}' is not i, we or she"),
            };

            foreach (var w in f[2].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var key = Text.TextFold.Fold(w);
                if (!d.TryGetValue(key, out var l))
                {
                    d[key] = l = [];
                }

                if (!l.Contains((language, person)))
                {
                    l.Add((language, person));
                }
            }
        }

        return d.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
    }
}
