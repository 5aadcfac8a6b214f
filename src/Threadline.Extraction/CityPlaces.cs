using Threadline.Extraction.Data;
using Threadline.Extraction.Text;

namespace Threadline.Extraction;

/// <summary>
/// Finds the gazetteer point of a city name as ads and linking give it ("Antwerpen", "Anvers", "Antwerp"), so a map can
/// place stays without a tile server or any request out. The same names as <see cref="CityKeys"/>; where a name is shared
/// by several cities, the one in <c>country</c> when given, else the most populous. Thread-safe; loaded once, on first use.
/// </summary>
public static class CityPlaces
{
    private static readonly Lazy<Dictionary<string, City[]>> Names = new(() => ExtractionData.Load().CityNames);

    /// <summary>The city's point, or null when the gazetteer does not know the name.</summary>
    /// <param name="name">A city name in any of its forms.</param>
    /// <param name="country">ISO alpha-2 code that picks among namesakes (any case), or null.</param>
    public static CityPlace? Find(string? name, string? country = null)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 200)
        {
            return null;
        }

        if (!Names.Value.TryGetValue(TextFold.LexKey(name), out var cities) || cities.Length == 0)
        {
            return null;
        }

        var city = country is { Length: 2 }
            ? Array.Find(cities, c => string.Equals(c.Country, country, StringComparison.OrdinalIgnoreCase)) ?? cities[0]
            : cities[0];
        return new CityPlace(city.GeoNameId, city.Name, city.Country.ToUpperInvariant(), city.Latitude, city.Longitude);
    }
}
