using System.Globalization;
using Threadline.Extraction.Data;
using Threadline.Extraction.Text;

namespace Threadline.Extraction;

/// <summary>
/// One key per gazetteer city for the names ads and booking sites give it ("Antwerpen", "Anvers", "Antwerp" are all
/// <c>geonames:2803138</c>), so that linking compares places, not spellings: a woman advertised in "Antwerp" and
/// "Antwerpen" on one day is in one city. A name the gazetteer does not know keys to its folded form; a name of
/// several cities to the most populous. Thread-safe; the gazetteer is loaded once, on first use.
/// </summary>
public static class CityKeys
{
    private static readonly Lazy<Dictionary<string, City[]>> Names = new(() => ExtractionData.Load().CityNames);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    /// <summary>The comparison key of <paramref name="name"/> (empty for an empty name).</summary>
    public static string Key(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return "";
        }

        if (Cache.TryGetValue(name, out var key))
        {
            return key;
        }

        var folded = TextFold.LexKey(name);
        key = Names.Value.TryGetValue(folded, out var cities) ? "geonames:" + cities[0].GeoNameId.ToString(CultureInfo.InvariantCulture) : folded;
        if (Cache.Count < 100_000)
        {
            Cache.TryAdd(name, key);
        }

        return key;
    }
}
