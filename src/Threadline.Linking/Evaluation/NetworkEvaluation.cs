namespace Threadline.Linking;

/// <summary>How well the ranked, flagged networks match the true trafficking networks, and who was wrongly flagged.</summary>
public static class NetworkEvaluation
{
    /// <summary>
    /// A true trafficking network counts as found when one flagged network among the top <paramref name="topK"/>
    /// (default: all flagged networks) holds at least <paramref name="minShare"/> (default half) of its ads.
    /// </summary>
    /// <param name="result">The linking result (networks ranked).</param>
    /// <param name="trueNetworkOfAd">Ad id → true network id (absent for ads outside any network).</param>
    /// <param name="traffickingNetworks">The true network ids that are trafficking networks.</param>
    /// <param name="topK">How many of the top flagged networks are looked at.</param>
    /// <param name="minShare">The share of the true network's ads one flagged network must hold (issue 15's "one lead": 0.8).</param>
    public static DetectionScore TraffickingFound(LinkResult result, IReadOnlyDictionary<string, string> trueNetworkOfAd, IReadOnlySet<string> traffickingNetworks, int? topK = null, double minShare = 0.5)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(trueNetworkOfAd);
        ArgumentNullException.ThrowIfNull(traffickingNetworks);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(minShare);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minShare, 1.0);
        var sizes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var t in trueNetworkOfAd.Values.Where(traffickingNetworks.Contains))
        {
            sizes[t] = sizes.GetValueOrDefault(t) + 1;
        }

        var flagged = result.Networks.Where(x => x.Flagged).Take(topK ?? int.MaxValue).Select(x => x.Id).ToHashSet(StringComparer.Ordinal);
        var hits = new Dictionary<(string True, string Pred), int>();
        foreach (var a in result.Assignments)
        {
            if (a.NetworkId is { } pred && flagged.Contains(pred) && trueNetworkOfAd.TryGetValue(a.AdId, out var t) && traffickingNetworks.Contains(t))
            {
                hits[(t, pred)] = hits.GetValueOrDefault((t, pred)) + 1;
            }
        }

        var found = sizes.Keys.Where(t => hits.Where(h => h.Key.True == t).Any(h => h.Value >= minShare * sizes[t])).ToHashSet(StringComparer.Ordinal);
        var total = sizes.Count;
        return new DetectionScore(total, found.Count, total == 0 ? 1 : (double)found.Count / total, flagged.Count,
            sizes.Keys.Where(t => !found.Contains(t)).Order(StringComparer.Ordinal).ToList());
    }

    /// <summary>
    /// Per true advertiser kind (e.g. "independent", "agency"): how many true personas have any ad inside
    /// a flagged network. The target is under 1% for independents.
    /// </summary>
    /// <param name="result">The linking result.</param>
    /// <param name="truePersonaOfAd">Ad id → true persona id.</param>
    /// <param name="kindOfPersona">True persona id → kind.</param>
    public static IReadOnlyList<MisplacedShare> InsideFlagged(LinkResult result, IReadOnlyDictionary<string, string> truePersonaOfAd, IReadOnlyDictionary<string, string> kindOfPersona)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(truePersonaOfAd);
        ArgumentNullException.ThrowIfNull(kindOfPersona);
        var flagged = result.Networks.Where(x => x.Flagged).Select(x => x.Id).ToHashSet(StringComparer.Ordinal);
        var inside = new HashSet<string>(StringComparer.Ordinal);
        foreach (var a in result.Assignments)
        {
            if (a.NetworkId is { } net && flagged.Contains(net) && truePersonaOfAd.TryGetValue(a.AdId, out var p))
            {
                inside.Add(p);
            }
        }

        var personasSeen = truePersonaOfAd.Values.ToHashSet(StringComparer.Ordinal);
        return personasSeen.GroupBy(p => kindOfPersona.GetValueOrDefault(p) ?? "unknown", StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var total = g.Count();
                var wrong = g.Count(inside.Contains);
                return new MisplacedShare(g.Key, total, wrong, total == 0 ? 0 : (double)wrong / total);
            })
            .ToList();
    }

    /// <summary>
    /// Bookings tied to leads against the truth: a tie is right when the booking was made for the label (the network, or
    /// for an independent's own booking the woman) that most of the lead's ads carry; recall is over the bookings made
    /// for a network.
    /// </summary>
    /// <param name="result">The linking result.</param>
    /// <param name="trueLabelOfAd">Ad id → its true network, else its true persona (absent for ads the truth does not know).</param>
    /// <param name="bookingTruth">Booking reference → whom it was made for (the same kind of label) and whether a network made it.</param>
    public static BookingTieScore BookingTies(LinkResult result, IReadOnlyDictionary<string, string> trueLabelOfAd, IReadOnlyDictionary<string, (string Label, bool ForNetwork)> bookingTruth)
    {
        var majority = result.Assignments.Where(a => a.NetworkId is not null && trueLabelOfAd.ContainsKey(a.AdId))
            .GroupBy(a => a.NetworkId!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.GroupBy(a => trueLabelOfAd[a.AdId], StringComparer.Ordinal).OrderByDescending(x => x.Count()).ThenBy(x => x.Key, StringComparer.Ordinal).First().Key, StringComparer.Ordinal);
        int tied = 0, right = 0, byPresence = 0, presenceRight = 0;
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var network in result.Networks)
        {
            foreach (var booking in network.Bookings)
            {
                var ok = bookingTruth.TryGetValue(booking.BookingRef, out var t) && string.Equals(t.Label, majority.GetValueOrDefault(network.Id), StringComparison.Ordinal);
                tied++;
                right += ok ? 1 : 0;
                if (booking.Basis == BookingBasis.Presence)
                {
                    byPresence++;
                    presenceRight += ok ? 1 : 0;
                }

                if (ok && t.ForNetwork)
                {
                    found.Add(booking.BookingRef);
                }
            }
        }

        return new BookingTieScore(tied, right, byPresence, presenceRight, found.Count, bookingTruth.Values.Count(t => t.ForNetwork));
    }
}

/// <summary>True networks found among the flagged ones.</summary>
public sealed record DetectionScore(int TrueNetworks, int Found, double Share, int FlaggedLookedAt, IReadOnlyList<string> Missed);

/// <summary>True personas of one kind with an ad inside a flagged network.</summary>
public sealed record MisplacedShare(string Kind, int Personas, int InsideFlagged, double Share);

/// <summary>Bookings tied to leads, and how many of them to the right one (<see cref="NetworkEvaluation.BookingTies"/>).</summary>
public sealed record BookingTieScore(int Tied, int Right, int ByPresence, int PresenceRight, int NetworkBookingsFound, int NetworkBookings)
{
    /// <summary>Share of the ties that are right (1 when there are none).</summary>
    public double Precision => Tied == 0 ? 1 : (double)Right / Tied;

    /// <summary>Share of the networks' bookings tied to their network's lead (1 when there are none).</summary>
    public double Recall => NetworkBookings == 0 ? 1 : (double)NetworkBookingsFound / NetworkBookings;
}
