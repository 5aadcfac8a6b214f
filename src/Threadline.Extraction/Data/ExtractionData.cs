using System.Globalization;
using Threadline.Extraction.Text;

namespace Threadline.Extraction.Data;

/// <summary>The data files shipped as embedded resources (Data/*.tsv, indicators.json), parsed once.</summary>
internal sealed class ExtractionData
{
    public required Dictionary<string, NumberWord> NumberWords { get; init; }

    public required int MaxNumberWordLength { get; init; }

    public required Dictionary<char, int> ChineseNumerals { get; init; }

    /// <summary>Code point to TR39 skeleton (one ASCII letter or digit).</summary>
    public required Dictionary<int, char> Confusables { get; init; }

    public required Dictionary<string, string> DecoyUnits { get; init; }

    public required Dictionary<string, City[]> CityNames { get; init; }

    public required Dictionary<string, NationalityTerm> Nationalities { get; init; }

    public required Dictionary<string, string[]> StopWords { get; init; }

    public required IndicatorRuleData[] Rules { get; init; }

    /// <summary>Words that mark the grammatical person (grammatical-person.tsv): folded word → languages and persons.</summary>
    public required Dictionary<string, (int Language, Attributes.Person Person)[]> PersonWords { get; init; }

    /// <summary>Messaging services and their link shapes (messaging-services.tsv, messaging-links.tsv).</summary>
    public required Contacts.MessagingData Messaging { get; init; }

    public static ExtractionData Load()
    {
        var words = new Dictionary<string, NumberWord>(StringComparer.Ordinal);
        foreach (var f in Rows("number-words.tsv"))
        {
            var key = TextFold.Key(f[1]);
            var digit = f[2][0];
            var homophone = string.Equals(f[3], "homophone", StringComparison.Ordinal);
            var weak = f.Length > 4 && string.Equals(f[4], "weak", StringComparison.Ordinal);
            if (words.TryGetValue(key, out var prev))
            {
                if (prev.Digit != digit)
                {
                    throw new InvalidDataException($"number-words.tsv: '{key}' means both {prev.Digit} and {digit}");
                }

                words[key] = prev with { Languages = [.. prev.Languages, f[0]], Weak = prev.Weak || weak };
            }
            else
            {
                words[key] = new NumberWord(digit, homophone, [f[0]], weak);
            }
        }

        var chinese = new Dictionary<char, int>();
        foreach (var f in Rows("chinese-numerals.tsv"))
        {
            chinese[f[0][0]] = f[1][0] - '0';
        }

        var confusables = new Dictionary<int, char>();
        foreach (var f in Rows("confusables.tsv"))
        {
            confusables[int.Parse(f[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture)] = f[1][0];
        }

        var units = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var f in Rows("decoy-units.tsv"))
        {
            foreach (var w in f[1].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                units[TextFold.Key(w)] = f[0];
            }
        }

        return new ExtractionData
        {
            NumberWords = words,
            MaxNumberWordLength = words.Keys.Max(k => k.Length),
            ChineseNumerals = chinese,
            Confusables = confusables,
            DecoyUnits = units,
            CityNames = LoadCities(),
            Nationalities = LoadNationalities(),
            StopWords = LoadStopWords(),
            Rules = IndicatorRuleData.Parse(ReadResource("indicators.json")),
            PersonWords = Attributes.Voice.Load(),
            Messaging = Contacts.MessagingData.Load(),
        };
    }

    private static Dictionary<string, City[]> LoadCities()
    {
        var byId = new Dictionary<int, City>();
        var names = new Dictionary<string, List<City>>(StringComparer.Ordinal);
        foreach (var f in Rows("cities.tsv"))
        {
            var city = new City(
                int.Parse(f[0], CultureInfo.InvariantCulture),
                f[1],
                f[2],
                int.Parse(f[3], CultureInfo.InvariantCulture),
                double.Parse(f[4], CultureInfo.InvariantCulture),
                double.Parse(f[5], CultureInfo.InvariantCulture));
            byId[city.GeoNameId] = city;
            Add(names, f[1], city);
            if (f.Length > 6)
            {
                foreach (var alt in f[6].Split('|', StringSplitOptions.RemoveEmptyEntries))
                {
                    Add(names, alt, city);
                }
            }
        }

        foreach (var f in Rows("city-names.tsv"))
        {
            if (byId.TryGetValue(int.Parse(f[0], CultureInfo.InvariantCulture), out var city))
            {
                foreach (var alt in f[1].Split('|', StringSplitOptions.RemoveEmptyEntries))
                {
                    Add(names, alt, city);
                }
            }
        }

        // Most populous first: "Valencia" is the Spanish city before any namesake.
        return names.ToDictionary(kv => kv.Key, kv => kv.Value.OrderByDescending(c => c.Population).ToArray(), StringComparer.Ordinal);

        static void Add(Dictionary<string, List<City>> d, string name, City c)
        {
            var key = TextFold.LexKey(name);
            if (key.Length < 3)
            {
                return;
            }

            if (!d.TryGetValue(key, out var list))
            {
                d[key] = list = [];
            }

            if (!list.Contains(c))
            {
                list.Add(c);
            }
        }
    }

    private static Dictionary<string, NationalityTerm> LoadNationalities()
    {
        var d = new Dictionary<string, NationalityTerm>(StringComparer.Ordinal);
        foreach (var f in Rows("country-names.tsv"))
        {
            var key = TextFold.LexKey(f[2]);
            d.TryAdd(key, new NationalityTerm(key, [f[0]], "country_name", f[1]));
        }

        // Hand-written demonyms and ethnicity terms win over country names ("China" is also Spanish for a Chinese woman).
        foreach (var f in Rows("nationalities.tsv"))
        {
            var key = TextFold.LexKey(f[0]);
            d[key] = new NationalityTerm(key, f[1].Split('|'), f[2], f[3]);
        }

        return d;
    }

    private static Dictionary<string, string[]> LoadStopWords()
    {
        var d = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var f in Rows("stopwords.tsv"))
        {
            foreach (var w in f[1].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (!d.TryGetValue(w, out var l))
                {
                    d[w] = l = [];
                }

                l.Add(f[0]);
            }
        }

        return d.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The words of one kind in a two-column data file (<c>kind&lt;TAB&gt;word</c>).</summary>
    internal static HashSet<string> Words(string file, string kind) =>
        Rows(file).Where(f => f.Length >= 2 && f[0] == kind).Select(f => f[1]).ToHashSet(StringComparer.Ordinal);

    internal static IEnumerable<string[]> Rows(string name)
    {
        using var reader = new StringReader(ReadResource(name));
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            yield return line.Split('\t');
        }
    }

    internal static string ReadResource(string name)
    {
        using var stream = typeof(ExtractionData).Assembly.GetManifestResourceStream("Threadline.Extraction.Data." + name)
            ?? throw new InvalidDataException($"embedded data file {name} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
