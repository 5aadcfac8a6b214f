namespace Threadline.Linking.Movements;

/// <summary>The key under which city names are compared: the caller's normaliser (a gazetteer that maps "Bruxelles" and "Brussels" to one city), else case and accents folded.</summary>
internal static class CityNames
{
    public static string Key(string? city, LinkOptions options)
    {
        if (string.IsNullOrWhiteSpace(city))
        {
            return "";
        }

        var trimmed = city.Trim();
        if (options.CityKey is { } custom)
        {
            return custom(trimmed);
        }

        if (Folded.TryGetValue(trimmed, out var key))
        {
            return key;
        }

        key = string.Join(' ', Text.TextTokenizer.Words(trimmed, 8).Select(w => w.Hash.ToString("x", System.Globalization.CultureInfo.InvariantCulture)));
        if (Folded.Count < 100_000)
        {
            Folded.TryAdd(trimmed, key);
        }

        return key;
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Folded = new(StringComparer.Ordinal);
}
