using System.Globalization;

namespace Threadline.Linking.Movements;

/// <summary>
/// Turns dated, located ads into stays (consecutive runs in one city) and a movement pattern. Rotation
/// — regular moves every few days to weeks, across countries — is a structural indicator (DOMAIN.md;
/// the 2023 Belgian case moved women between cities and countries).
/// </summary>
internal static class MovementAnalyzer
{
    /// <summary>Longest median stay (days) still counted as rotation.</summary>
    public const double RotationMaxMedianStay = 21;

    public static Movement Analyze(IEnumerable<AdFeatures> ads, LinkOptions options)
    {
        var dated = ads.Where(a => !string.IsNullOrWhiteSpace(a.City) && a.PostedAt != default)
            .OrderBy(a => a.PostedAt).ThenBy(a => a.AdId, StringComparer.Ordinal).ToList();
        if (dated.Count == 0)
        {
            return new Movement { Pattern = RotationPattern.Unknown, Description = "no dated ads with a city" };
        }

        var stays = new List<Stay>();
        var city = dated[0].City!;
        var country = dated[0].Country;
        var from = dated[0].PostedAt;
        var to = from;
        var count = 0;
        foreach (var ad in dated)
        {
            if (!string.Equals(CityNames.Key(ad.City, options), CityNames.Key(city, options), StringComparison.Ordinal))
            {
                stays.Add(new Stay(city, country, from, to, count));
                city = ad.City!;
                country = ad.Country;
                from = ad.PostedAt;
                count = 0;
            }

            to = ad.PostedAt;
            count++;
        }

        stays.Add(new Stay(city, country, from, to, count));
        return Summarise(stays, options);
    }

    /// <summary>Movement of a group from the movements of its members (stays interleaved by time).</summary>
    public static Movement Combine(IReadOnlyList<Movement> members, LinkOptions options)
    {
        var stays = members.SelectMany(m => m.Stays).OrderBy(s => s.From).ThenBy(s => s.City, StringComparer.Ordinal).ToList();
        if (stays.Count == 0)
        {
            return new Movement { Pattern = RotationPattern.Unknown, Description = "no dated ads with a city" };
        }

        var combined = Summarise(stays, options);
        var moving = members.Where(m => m.Stays.Count > 1).ToList();
        var movesPerMonth = moving.Count == 0 ? 0 : moving.Average(m => m.MovesPerMonth);
        var pattern = combined.Pattern;
        var rotating = members.Count(m => m.Pattern is RotationPattern.Rotation or RotationPattern.MultiCountryRotation);
        var rotatingAcross = members.Count(m => m.Pattern == RotationPattern.MultiCountryRotation);
        // A group rotates when its ads cover three cities or more and some of its personas move on regularly
        // (or a third of them move at all: personas split across phones each see only part of a rotation).
        var movingShare = members.Count == 0 ? 0 : (double)moving.Count / members.Count;
        var regular = rotating >= 1 || movingShare * 3 >= 1;
        pattern = combined.Cities.Count <= 1 ? RotationPattern.Static
            : combined.Cities.Count >= 3 && regular && (rotatingAcross >= 1 || movingShare * 3 >= 1) && combined.Countries.Count >= 2 ? RotationPattern.MultiCountryRotation
            : combined.Cities.Count >= 3 && regular ? RotationPattern.Rotation
            : RotationPattern.Touring;

        var median = moving.Count == 0 ? combined.MedianStayDays : Median(moving.Select(m => m.MedianStayDays).ToList());
        return combined with
        {
            MovesPerMonth = movesPerMonth,
            Pattern = pattern,
            MedianStayDays = median,
            Description = Describe(pattern, combined.Cities.Count, combined.Countries, movesPerMonth, median, combined.FirstSeen, combined.LastSeen),
        };
    }

    private static Movement Summarise(List<Stay> stays, LinkOptions options)
    {
        var first = stays.Min(s => s.From);
        var last = stays.Max(s => s.To);
        var cities = stays.GroupBy(s => CityNames.Key(s.City, options), StringComparer.Ordinal).Select(g => g.First().City).Order(StringComparer.Ordinal).ToList();
        var countries = stays.Select(s => s.Country).Where(c => !string.IsNullOrEmpty(c)).Select(c => c!.ToUpperInvariant())
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var spanDays = Math.Max(1, (last - first).TotalDays);
        var moves = stays.Count - 1;
        var movesPerMonth = moves * 30.0 / Math.Max(7, spanDays);

        // A stay lasts until the next one starts (ads are posted during a stay, not at its end).
        var lengths = new List<double>();
        for (var i = 0; i + 1 < stays.Count; i++)
        {
            lengths.Add(Math.Max(0.5, (stays[i + 1].From - stays[i].From).TotalDays));
        }

        var median = lengths.Count == 0 ? 0 : Median(lengths);
        // Rotation: at least three cities, four stays, short stays, and no home city holding most of the ads
        // (an independent who tours now and then keeps a home base).
        var homeShare = stays.GroupBy(s => CityNames.Key(s.City, options), StringComparer.Ordinal).Max(g => g.Sum(s => s.Ads)) / (double)Math.Max(1, stays.Sum(s => s.Ads));
        var pattern = cities.Count <= 1 ? RotationPattern.Static
            : cities.Count >= 3 && stays.Count >= 4 && median <= RotationMaxMedianStay && homeShare < 0.6
                ? (countries.Count >= 2 ? RotationPattern.MultiCountryRotation : RotationPattern.Rotation)
            : RotationPattern.Touring;
        return new Movement
        {
            FirstSeen = first,
            LastSeen = last,
            Stays = stays,
            MovesPerMonth = movesPerMonth,
            Cities = cities,
            Countries = countries,
            Pattern = pattern,
            MedianStayDays = median,
            Description = Describe(pattern, cities.Count, countries, movesPerMonth, median, first, last),
        };
    }

    private static string Describe(RotationPattern pattern, int cities, IReadOnlyList<string> countries, double movesPerMonth, double median, DateTimeOffset? first, DateTimeOffset? last) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{pattern switch { RotationPattern.Static => "stays in one city", RotationPattern.Touring => "tours occasionally", RotationPattern.Rotation => "rotates between cities", RotationPattern.MultiCountryRotation => "rotates between cities in several countries", _ => "unknown" }}: {cities} cities in {countries.Count} countries ({string.Join(", ", countries)}), {movesPerMonth:F1} moves per month, median stay {median:F0} days, seen {first:yyyy-MM-dd} to {last:yyyy-MM-dd}");

    private static double Median(List<double> values)
    {
        values.Sort();
        var n = values.Count;
        return n % 2 == 1 ? values[n / 2] : (values[(n / 2) - 1] + values[n / 2]) / 2;
    }
}
