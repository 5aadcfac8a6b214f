namespace Threadline.Linking.Bookings;

/// <summary>
/// When groups of ads arrived in a city: the first ad of each run of a group's ads in one city, in time order (its first
/// ad of all included). Only groups that are in one place at a time have arrivals: at least
/// <see cref="MinAdsPerRun"/> ads per run on average and <see cref="MinAds"/> ads in all (a group of several women,
/// advertised in several cities at once, switches city at nearly every ad). What a booker's check-ins are set against
/// (<see cref="BookingLinker"/>).
/// </summary>
internal sealed class Arrivals
{
    /// <summary>An arrival lines up with a check-in when its first ad is posted this many days before it at most …</summary>
    internal const int DaysBefore = 1;

    /// <summary>… or this many days after it at most.</summary>
    internal const int DaysAfter = 2;

    /// <summary>Fewest ads per run in a city, on average, for a group to count as one woman moving.</summary>
    internal const int MinAdsPerRun = 3;

    /// <summary>Fewest ads of a group with arrivals.</summary>
    internal const int MinAds = 6;

    private readonly Dictionary<string, List<(int Day, int Group, int Ad)>> byCity;

    private Arrivals(Dictionary<string, List<(int Day, int Group, int Ad)>> byCity) => this.byCity = byCity;

    /// <summary>The arrivals of the groups <paramref name="groupOf"/> gives each ad (negative: the ad takes no part).</summary>
    public static Arrivals Of(IReadOnlyList<AdFeatures> ads, Func<int, int> groupOf, LinkOptions options)
    {
        var perGroup = new Dictionary<int, List<(int Day, int Ad, string City)>>();
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var ad = 0; ad < ads.Count; ad++)
        {
            var group = groupOf(ad);
            if (group < 0 || string.IsNullOrWhiteSpace(ads[ad].City))
            {
                continue;
            }

            var city = ads[ad].City!;
            if (!keys.TryGetValue(city, out var key))
            {
                keys[city] = key = Movements.CityNames.Key(city, options);
            }

            if (!perGroup.TryGetValue(group, out var list))
            {
                perGroup[group] = list = [];
            }

            list.Add((DateOnly.FromDateTime(ads[ad].PostedAt.UtcDateTime).DayNumber, ad, key));
        }

        var byCity = new Dictionary<string, List<(int Day, int Group, int Ad)>>(StringComparer.Ordinal);
        var runs = new List<int>();
        foreach (var (group, list) in perGroup)
        {
            if (list.Count < MinAds)
            {
                continue;
            }

            list.Sort((x, y) => x.Day != y.Day ? x.Day.CompareTo(y.Day) : x.Ad.CompareTo(y.Ad));
            runs.Clear();
            for (var k = 0; k < list.Count; k++)
            {
                if (k == 0 || !string.Equals(list[k].City, list[k - 1].City, StringComparison.Ordinal))
                {
                    runs.Add(k);
                }
            }

            if (runs.Count * MinAdsPerRun > list.Count)
            {
                continue;
            }

            foreach (var k in runs)
            {
                var (day, ad, city) = list[k];
                if (!byCity.TryGetValue(city, out var inCity))
                {
                    byCity[city] = inCity = [];
                }

                inCity.Add((day, group, ad));
            }
        }

        foreach (var list in byCity.Values)
        {
            list.Sort((x, y) => x.Day != y.Day ? x.Day.CompareTo(y.Day) : x.Ad.CompareTo(y.Ad));
        }

        return new Arrivals(byCity);
    }

    /// <summary>The groups (and the arrival's ad) that arrived in the city of key <paramref name="cityKey"/> as someone checked in on <paramref name="checkInDay"/>.</summary>
    public IEnumerable<(int Group, int Ad)> Near(string cityKey, int checkInDay)
    {
        if (!byCity.TryGetValue(cityKey, out var list))
        {
            yield break;
        }

        var to = checkInDay + DaysAfter;
        for (var k = LowerBound(list, checkInDay - DaysBefore); k < list.Count && list[k].Day <= to; k++)
        {
            yield return (list[k].Group, list[k].Ad);
        }
    }

    private static int LowerBound(List<(int Day, int Group, int Ad)> list, int day)
    {
        var (lo, hi) = (0, list.Count);
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (list[mid].Day < day)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
