using System.Globalization;

namespace Threadline.Linking.Bookings;

/// <summary>
/// Ties bookings to networks: directly when the booker's phone or e-mail appears in the ads, or by
/// presence when a booker's stays line up, at least twice and in two cities, with the network's ads
/// in the same city at the same time (one coincidence is what an ordinary guest produces). Also flags
/// bookers with many short stays in several cities (FinCEN/FINTRAC red flag, DOMAIN.md).
/// </summary>
internal static class BookingLinker
{
    public sealed record Output(List<BookingLink>[] PerNetwork, List<FlaggedBooker> Flagged, int Unlinked, int[] BookingNetwork);

    public static Output Link(
        IReadOnlyList<BookingRecord> bookings,
        IReadOnlyList<AdFeatures> ads,
        int[] adPersona,
        int[] personaNetwork,
        string[] personaIds,
        string[] networkIds,
        HashSet<string> hubValues,
        LinkOptions options)
    {
        var perNetwork = new List<BookingLink>[networkIds.Length];
        for (var i = 0; i < perNetwork.Length; i++)
        {
            perNetwork[i] = [];
        }

        // Identifier → persona (first one seen; hubs excluded).
        var byPhone = new Dictionary<string, int>(StringComparer.Ordinal);
        var byEmail = new Dictionary<string, int>(StringComparer.Ordinal);
        var presence = new Dictionary<(string City, int Day), HashSet<int>>();
        for (var a = 0; a < ads.Count; a++)
        {
            var ad = ads[a];
            foreach (var p in ad.Phones)
            {
                if (!hubValues.Contains(p) && PhoneKey(p) is { } k)
                {
                    byPhone.TryAdd(k, adPersona[a]);
                }
            }

            foreach (var e in ad.Emails)
            {
                if (!hubValues.Contains(e))
                {
                    byEmail.TryAdd(e.Trim().ToLowerInvariant(), adPersona[a]);
                }
            }

            var net = personaNetwork[adPersona[a]];
            if (net >= 0 && !string.IsNullOrWhiteSpace(ad.City))
            {
                var key = (CityKey(ad.City, options), DateOnly.FromDateTime(ad.PostedAt.UtcDateTime).DayNumber);
                if (!presence.TryGetValue(key, out var set))
                {
                    presence[key] = set = [];
                }

                set.Add(net);
            }
        }

        // When each woman of a network arrived in each city (what a booker's check-ins are set against).
        var arrivals = Arrivals.Of(ads, ad => adPersona.Length > ad && personaNetwork[adPersona[ad]] >= 0 ? adPersona[ad] : -1, options);
        var bookingNetwork = new int[bookings.Count];
        Array.Fill(bookingNetwork, -1);
        var linked = new bool[bookings.Count];
        for (var b = 0; b < bookings.Count; b++)
        {
            var bk = bookings[b];
            int persona;
            BookingBasis basis;
            if (PhoneKey(bk.BookerPhone) is { } pk && byPhone.TryGetValue(pk, out persona))
            {
                basis = BookingBasis.Phone;
            }
            else if (bk.BookerEmail is { } em && byEmail.TryGetValue(em.Trim().ToLowerInvariant(), out persona))
            {
                basis = BookingBasis.Email;
            }
            else
            {
                continue;
            }

            var net = personaNetwork[persona];
            if (net < 0)
            {
                continue;
            }

            linked[b] = true;
            bookingNetwork[b] = net;
            var what = basis == BookingBasis.Phone ? "phone " + bk.BookerPhone : "e-mail " + bk.BookerEmail;
            perNetwork[net].Add(ToLink(bk, personaIds[persona], basis, $"the booker's {what} appears in the network's ads"));
        }

        // Presence: per booker, the networks present in the booked city during the stay.
        foreach (var group in Enumerable.Range(0, bookings.Count).Where(b => !linked[b]).GroupBy(b => BookerKey(bookings[b])))
        {
            if (group.Key is null)
            {
                continue;
            }

            var hits = new Dictionary<int, List<int>>();
            var arrived = new Dictionary<int, int>();
            foreach (var b in group)
            {
                var bk = bookings[b];
                if (string.IsNullOrWhiteSpace(bk.City))
                {
                    continue;
                }

                var city = CityKey(bk.City, options);
                var nets = new HashSet<int>();
                for (var d = bk.CheckIn.DayNumber - 1; d <= bk.CheckOut.DayNumber + 1; d++)
                {
                    if (presence.TryGetValue((city, d), out var set))
                    {
                        nets.UnionWith(set);
                    }
                }

                foreach (var net in nets)
                {
                    if (!hits.TryGetValue(net, out var list))
                    {
                        hits[net] = list = [];
                    }

                    list.Add(b);
                }

                foreach (var net in arrivals.Near(city, bk.CheckIn.DayNumber).Select(a => personaNetwork[a.Group]).Distinct())
                {
                    arrived[net] = arrived.GetValueOrDefault(net) + 1;
                }
            }

            // The booker's stays are tied to the one network they line up with best, when that is at
            // least two stays in two cities and half of the booker's stays. Best is first the network whose women
            // arrived in the booked city on the check-in days most often (a network with women in every city is
            // present during any stay; one whose woman arrives as the booker checks in is the one booked for), then
            // the one present during most stays.
            var best = hits.OrderByDescending(h => arrived.GetValueOrDefault(h.Key)).ThenByDescending(h => h.Value.Count).ThenBy(h => h.Key).FirstOrDefault();
            if (best.Value is null)
            {
                continue;
            }

            var (bestNet, bestList) = (best.Key, best.Value);
            var cities = bestList.Select(b => CityKey(bookings[b].City, options)).Distinct(StringComparer.Ordinal).Count();
            if (bestList.Count < 2 || cities < 2 || bestList.Count * 2 < group.Count())
            {
                continue;
            }

            foreach (var b in bestList.Where(b => !linked[b]))
            {
                linked[b] = true;
                bookingNetwork[b] = bestNet;
                var bk = bookings[b];
                perNetwork[bestNet].Add(ToLink(bk, null, BookingBasis.Presence, string.Create(
                    CultureInfo.InvariantCulture,
                    $"the booker's {bestList.Count} stays in {cities} cities line up with the network's ads in the same city and days")));
            }
        }

        var flagged = FlagBookers(bookings, bookingNetwork, networkIds, options);
        return new Output(perNetwork, flagged, linked.Count(l => !l), bookingNetwork);
    }

    private static List<FlaggedBooker> FlagBookers(IReadOnlyList<BookingRecord> bookings, int[] bookingNetwork, string[] networkIds, LinkOptions options)
    {
        var flagged = new List<FlaggedBooker>();
        foreach (var group in Enumerable.Range(0, bookings.Count).GroupBy(b => BookerKey(bookings[b])).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            if (group.Key is null)
            {
                continue;
            }

            var list = group.ToList();
            var shortStays = list.Where(b => bookings[b].Nights <= options.ShortStayNights).ToList();
            var cities = shortStays.Select(b => bookings[b].City).Where(c => !string.IsNullOrWhiteSpace(c))
                .Select(c => c!).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
            if (shortStays.Count < options.BookerMinShortStays || cities.Count < 2)
            {
                continue;
            }

            var net = list.Select(b => bookingNetwork[b]).Where(n => n >= 0).GroupBy(n => n).OrderByDescending(g => g.Count()).Select(g => g.Key).DefaultIfEmpty(-1).First();
            flagged.Add(new FlaggedBooker(
                group.Key,
                bookings[list[0]].BookerName,
                list.Count,
                shortStays.Count,
                cities,
                list.Select(b => bookings[b].BookingRef).ToList(),
                net >= 0 ? networkIds[net] : null,
                string.Create(CultureInfo.InvariantCulture, $"{shortStays.Count} stays of at most {options.ShortStayNights} nights in {cities.Count} cities (short stays in several cities are a financial-intelligence red flag); a lead, not proof")));
        }

        return flagged;
    }

    private static BookingLink ToLink(BookingRecord b, string? persona, BookingBasis basis, string reason) =>
        new(b.BookingRef, b.Platform, b.BookerName, b.City, b.CheckIn, b.CheckOut, persona, basis, reason, b.Locator);

    /// <summary>Booker identity: e-mail, else phone, else name.</summary>
    internal static string? BookerKey(BookingRecord b) =>
        !string.IsNullOrWhiteSpace(b.BookerEmail) ? "email:" + b.BookerEmail.Trim().ToLowerInvariant()
        : PhoneKey(b.BookerPhone) is { } p ? "phone:" + p
        : !string.IsNullOrWhiteSpace(b.BookerName) ? "name:" + b.BookerName.Trim().ToLowerInvariant()
        : null;

    /// <summary>The last nine digits: matches "+32 470 12 34 56" with "0470123456".</summary>
    internal static string? PhoneKey(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return null;
        }

        var digits = new string(phone.Where(char.IsAsciiDigit).ToArray());
        return digits.Length < 8 ? null : digits[^Math.Min(9, digits.Length)..];
    }

    private static string CityKey(string? city, LinkOptions options) => Movements.CityNames.Key(city, options);
}
