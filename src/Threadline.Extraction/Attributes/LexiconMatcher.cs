using Threadline.Extraction.Data;
using Threadline.Extraction.Text;

namespace Threadline.Extraction.Attributes;

/// <summary>Finds lexicon terms (nationalities, cities) as 1- to 3-word sequences of folded tokens, longest first, allocation-free lookups.</summary>
internal sealed class LexiconMatcher
{
    private const int MaxWords = 3;
    private const int MaxKey = 48;

    // Names that are also everyday words: read as a city only when capitalised and after a preposition
    // ("in Nice"); both lists are data (Data/ambiguous-cities.tsv).
    private static readonly HashSet<string> AmbiguousCities = ExtractionData.Words("ambiguous-cities.tsv", "city");

    private static readonly HashSet<string> Prepositions = ExtractionData.Words("ambiguous-cities.tsv", "preposition");

    private readonly Dictionary<string, City[]>.AlternateLookup<ReadOnlySpan<char>> _cities;
    private readonly Dictionary<string, NationalityTerm>.AlternateLookup<ReadOnlySpan<char>> _nationalities;

    public LexiconMatcher(ExtractionData data)
    {
        _cities = data.CityNames.GetAlternateLookup<ReadOnlySpan<char>>();
        _nationalities = data.Nationalities.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public void Match(string text, string folded, TextField field, List<(int Start, int End)> tokens, List<CityHit> cities, List<NationalityHit> nationalities)
    {
        Tokenizer.Words(text, tokens);
        Span<char> key = stackalloc char[MaxKey];
        var cityUntil = -1;
        var natUntil = -1;
        for (var t = 0; t < tokens.Count; t++)
        {
            for (var n = Math.Min(MaxWords, tokens.Count - t); n >= 1; n--)
            {
                var len = BuildKey(folded, tokens, t, n, key);
                if (len <= 0)
                {
                    continue;
                }

                var k = key[..len];
                var start = tokens[t].Start;
                var end = tokens[t + n - 1].End;
                // Plurals: "chinoises", "asiatiques", "latinas".
                if (t > natUntil && (_nationalities.TryGetValue(k, out var term) || (k.Length > 4 && k[^1] == 's' && _nationalities.TryGetValue(k[..^1], out term)))
                    && (!string.Equals(term.Kind, "country_name", StringComparison.Ordinal) || char.IsUpper(text[start])))
                {
                    nationalities.Add(new NationalityHit(term.Term, term.Countries, term.Kind, term.Language, new TextSpan(field, start, end - start, text[start..end])));
                    natUntil = t + n - 1;
                }

                if (t > cityUntil && len >= 3 && _cities.TryGetValue(k, out var list) && Plausible(text, folded, tokens, t, n, list[0]))
                {
                    var c = list[0];
                    cities.Add(new CityHit(c.GeoNameId, c.Name, c.Country, new TextSpan(field, start, end - start, text[start..end])));
                    cityUntil = t + n - 1;
                }
            }
        }
    }

    private static bool Plausible(string text, string folded, List<(int Start, int End)> tokens, int t, int n, City c)
    {
        var (s, e) = tokens[t];
        if (n > 1 || !AmbiguousCities.Contains(folded[s..e]))
        {
            return true;
        }

        if (!char.IsUpper(text[s]) || t == 0)
        {
            return false;
        }

        var (ps, pe) = tokens[t - 1];
        return Prepositions.Contains(folded[ps..pe]) && s - pe <= 2;
    }

    private static int BuildKey(string folded, List<(int Start, int End)> tokens, int t, int n, Span<char> key)
    {
        var len = 0;
        for (var k = t; k < t + n; k++)
        {
            var (s, e) = tokens[k];
            if (k > t)
            {
                // Words must be adjacent (one separator between): "de l'est", "Den Haag", not across sentences.
                var gap = s - tokens[k - 1].End;
                if (gap > 2 || folded.AsSpan(tokens[k - 1].End, gap).ContainsAny(".,;!?\n"))
                {
                    return -1;
                }

                if (!(Tokenizer.IsHan(folded[s]) && Tokenizer.IsHan(folded[tokens[k - 1].End - 1])))
                {
                    if (len >= key.Length)
                    {
                        return -1;
                    }

                    key[len++] = ' ';
                }
            }

            if (len + (e - s) > key.Length)
            {
                return -1;
            }

            folded.AsSpan(s, e - s).CopyTo(key[len..]);
            len += e - s;
        }

        return len;
    }
}
