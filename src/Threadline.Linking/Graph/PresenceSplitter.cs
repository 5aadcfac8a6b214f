namespace Threadline.Linking.Graph;

/// <summary>
/// One woman is in one city at a time. A persona whose ads put it in two cities over the same days for a while is
/// two women that the evidence could not tell apart (a network gives two women one working name and age, and
/// advertises both under its numbers): it is split along its stays. A stay is a run of ads in one city with no gap
/// over <see cref="StayGapDays"/>; stays that overlap by at least <see cref="MinOverlapDays"/> days, with ads in both
/// cities on two or more of those days, are two women. Stays are then laid end to end into as few tracks as needed,
/// each stay continuing the track that left its last city most recently. Short overlaps (the day a woman moves on,
/// when the old city's ad is still up) split nothing.
/// </summary>
internal static class PresenceSplitter
{
    /// <summary>
    /// Longest gap between two ads of one stay. Measured on seeds 1/3/7/42 (persona F1): 4 days 0.967 / 0.983 /
    /// 0.961 / 0.953, 6 days 0.967 / 0.983 / 0.962 / 0.956, 8 days 0.963 / 0.980 / 0.962 / 0.956. A woman posts
    /// every few days; a shorter gap cuts her stay in two and lets the other woman's stay slip in between.
    /// </summary>
    private const int StayGapDays = 6;
    private const int MinOverlapDays = 4;
    private const int MinOverlapAdDays = 2;
    private const int MinAds = 6;

    /// <summary>A repost less than this after the previous posting of the same text in the same city is a bump.</summary>
    private static readonly TimeSpan BumpInterval = TimeSpan.FromHours(24);

    /// <summary>Days a stay may overlap the previous one of the same woman (ads of the old city still up).</summary>
    private const int MoveOverlapDays = 5;

    public static UnionFind Split(IReadOnlyList<AdFeatures> ads, UnionFind personas, LinkOptions options)
    {
        var n = ads.Count;
        var groups = personas.Members(ad => personas.SizeOf(ad) >= MinAds);

        var result = new UnionFind(n);
        for (var ad = 0; ad < n; ad++)
        {
            if (personas.SizeOf(ad) < MinAds)
            {
                result.Union(ad, personas.Find(ad));
            }
        }

        foreach (var members in groups.Values)
        {
            foreach (var track in Tracks(ads, members, options))
            {
                for (var k = 1; k < track.Count; k++)
                {
                    result.Union(track[0], track[k]);
                }
            }
        }

        return result;
    }

    /// <summary>The group's ads in tracks (one track per woman); the group itself when nothing shows two women.</summary>
    internal static List<List<int>> Tracks(IReadOnlyList<AdFeatures> ads, List<int> members, LinkOptions options)
    {
        // A bump (the same title and text again in the same city less than a day after its previous posting, as
        // bumping services repost every few hours) says nothing of where she is now: bumps are left out of the
        // stays and follow the ad they repeat. The same text posted again days later is presence.
        var lastOfText = new Dictionary<(string?, string?, string?), (int Ad, DateTimeOffset At)>();
        var originalOf = new Dictionary<int, int>();
        var fresh = new List<int>();
        foreach (var ad in members.OrderBy(a => ads[a].PostedAt).ThenBy(a => a))
        {
            var key = (ads[ad].City, ads[ad].Title, ads[ad].Body);
            if (lastOfText.TryGetValue(key, out var last) && ads[ad].PostedAt - last.At < BumpInterval)
            {
                originalOf[ad] = last.Ad;
                lastOfText[key] = (last.Ad, ads[ad].PostedAt);
            }
            else
            {
                lastOfText[key] = (ad, ads[ad].PostedAt);
                fresh.Add(ad);
            }
        }

        var stays = Stays(ads, fresh, options);
        if (stays.Count < 2 || !Overlapping(stays))
        {
            return [members];
        }

        // Lay stays end to end: each continues a track that is free by then (its last stay ends at most a few days
        // into this one: the old city's ads stay up while she moves), preferring one last seen in the same country
        // (networks mostly move women within a country), then the one that left most recently.
        stays.Sort((a, b) => a.First != b.First ? a.First.CompareTo(b.First) : a.Ads[0].CompareTo(b.Ads[0]));
        var tracks = new List<(int LastDay, string? Country, List<int> Ads)>();
        foreach (var stay in stays)
        {
            var country = ads[stay.Ads[0]].Country;
            var best = -1;
            for (var t = 0; t < tracks.Count; t++)
            {
                if (tracks[t].LastDay - stay.First >= MoveOverlapDays)
                {
                    continue;
                }

                if (best < 0 || Better(tracks[t], tracks[best]))
                {
                    best = t;
                }
            }

            if (best < 0)
            {
                tracks.Add((stay.Last, country, [.. stay.Ads]));
            }
            else
            {
                tracks[best].Ads.AddRange(stay.Ads);
                tracks[best] = (Math.Max(tracks[best].LastDay, stay.Last), country, tracks[best].Ads);
            }

            bool Better((int LastDay, string? Country, List<int> Ads) x, (int LastDay, string? Country, List<int> Ads) y)
            {
                var sx = string.Equals(x.Country, country, StringComparison.OrdinalIgnoreCase);
                var sy = string.Equals(y.Country, country, StringComparison.OrdinalIgnoreCase);
                return sx != sy ? sx : x.LastDay > y.LastDay;
            }
        }

        // Bumps go with the ad they repeat; ads without a city with the largest track.
        var trackOf = new Dictionary<int, int>();
        for (var t = 0; t < tracks.Count; t++)
        {
            foreach (var ad in tracks[t].Ads)
            {
                trackOf[ad] = t;
            }
        }

        var largest = tracks.IndexOf(tracks.MaxBy(t => t.Ads.Count));
        foreach (var ad in members)
        {
            if (!trackOf.ContainsKey(ad))
            {
                tracks[originalOf.TryGetValue(ad, out var original) && trackOf.TryGetValue(original, out var t) ? t : largest].Ads.Add(ad);
            }
        }

        return tracks.Select(t => t.Ads).ToList();
    }

    private sealed record Stay(string City, int First, int Last, List<int> Ads, HashSet<int> Days);

    private static List<Stay> Stays(IReadOnlyList<AdFeatures> ads, List<int> members, LinkOptions options)
    {
        var stays = new List<Stay>();
        foreach (var byCity in members.Where(a => !string.IsNullOrWhiteSpace(ads[a].City))
            .GroupBy(a => Movements.CityNames.Key(ads[a].City, options), StringComparer.Ordinal))
        {
            Stay? current = null;
            foreach (var ad in byCity.OrderBy(a => ads[a].PostedAt).ThenBy(a => a))
            {
                var day = Day(ads[ad]);
                if (current is null || day - current.Last > StayGapDays)
                {
                    current = new Stay(byCity.Key, day, day, [], []);
                    stays.Add(current);
                }

                current.Ads.Add(ad);
                current.Days.Add(day);
                stays[^1] = current = current with { Last = day };
            }
        }

        return stays;
    }

    /// <summary>True when two stays in different cities overlap long enough, with ads in both on two days or more.</summary>
    private static bool Overlapping(List<Stay> stays)
    {
        for (var i = 0; i < stays.Count; i++)
        {
            for (var j = i + 1; j < stays.Count; j++)
            {
                var (a, b) = (stays[i], stays[j]);
                if (string.Equals(a.City, b.City, StringComparison.Ordinal))
                {
                    continue;
                }

                var from = Math.Max(a.First, b.First);
                var to = Math.Min(a.Last, b.Last);
                if (to - from + 1 >= MinOverlapDays && a.Days.Count(d => d >= from && d <= to) >= MinOverlapAdDays && b.Days.Count(d => d >= from && d <= to) >= MinOverlapAdDays)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static int Day(AdFeatures ad) => DateOnly.FromDateTime(ad.PostedAt.UtcDateTime).DayNumber;
}
