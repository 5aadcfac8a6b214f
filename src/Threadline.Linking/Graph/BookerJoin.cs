using System.Globalization;
using Threadline.Linking.Bookings;

namespace Threadline.Linking.Graph;

/// <summary>
/// Joins groups of ads through the people who book their rooms. A booker who, over several bookings,
/// gave the phone numbers (or e-mail addresses) printed in the ads of two different groups books for
/// both: the same person arranging the accommodation of women advertised under different numbers is
/// what ties the controllers of one organisation together (DOMAIN.md: in the 2023 Belgian case the
/// same few members rented the apartments and hotel rooms for all the women). The booker is known by
/// the e-mail address, else the phone, else the name on the bookings (<see cref="BookingLinker.BookerKey"/>).
/// A booker who ties to one group only joins nothing; hub identifiers (a site's number) tie nothing.
/// </summary>
internal static class BookerJoin
{
    /// <summary>At most this many groups are joined through one booker: more looks like a platform or agency desk, not a member.</summary>
    private const int MaxGroupsPerBooker = 12;

    /// <summary>One booker whose bookings tie several groups together.</summary>
    public sealed record Join(string Booker, string? BookerName, IReadOnlyList<string> Identifiers, int Bookings);

    public static List<Join> Link(IReadOnlyList<AdFeatures> ads, IReadOnlyList<BookingRecord> bookings, IdentifierTable table, bool[] hub, UnionFind netUf)
    {
        var result = new List<Join>();
        if (bookings.Count == 0)
        {
            return result;
        }

        // Non-hub phones (by their last nine digits) and e-mails of the ads → one ad showing them.
        var byPhone = new Dictionary<string, (int Ad, string Value)>(StringComparer.Ordinal);
        var byEmail = new Dictionary<string, (int Ad, string Value)>(StringComparer.Ordinal);
        for (var id = 0; id < table.Count; id++)
        {
            if (hub[id] || table.AdCount(id) == 0)
            {
                continue;
            }

            var kind = table.KindOf(id);
            if (kind == EvidenceKind.Phone && BookingLinker.PhoneKey(table.ValueOf(id)) is { } key)
            {
                byPhone.TryAdd(key, (table.AdsOf(id)[0], table.ValueOf(id)));
            }
            else if (kind == EvidenceKind.Email)
            {
                byEmail.TryAdd(table.ValueOf(id), (table.AdsOf(id)[0], table.ValueOf(id)));
            }
        }

        var perBooker = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var b = 0; b < bookings.Count; b++)
        {
            if (BookingLinker.BookerKey(bookings[b]) is { } booker)
            {
                if (!perBooker.TryGetValue(booker, out var list))
                {
                    perBooker[booker] = list = [];
                }

                list.Add(b);
            }
        }

        foreach (var (booker, list) in perBooker.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            // Group root → (an ad of it, the identifiers that tie the booker to it).
            var groups = new Dictionary<int, (int Ad, SortedSet<string> Identifiers)>();
            var tied = 0;
            foreach (var b in list)
            {
                var bk = bookings[b];
                var hit = false;
                if (BookingLinker.PhoneKey(bk.BookerPhone) is { } pk && byPhone.TryGetValue(pk, out var phone))
                {
                    Add(groups, netUf.Find(phone.Ad), phone.Ad, "phone " + phone.Value);
                    hit = true;
                }

                if (!string.IsNullOrWhiteSpace(bk.BookerEmail) && byEmail.TryGetValue(bk.BookerEmail.Trim().ToLowerInvariant(), out var email))
                {
                    Add(groups, netUf.Find(email.Ad), email.Ad, "e-mail " + email.Value);
                    hit = true;
                }

                tied += hit ? 1 : 0;
            }

            if (groups.Count < 2 || groups.Count > MaxGroupsPerBooker)
            {
                continue;
            }

            var ordered = groups.Values.OrderBy(g => g.Ad).ToList();
            for (var k = 1; k < ordered.Count; k++)
            {
                netUf.Union(ordered[0].Ad, ordered[k].Ad);
            }

            result.Add(new Join(booker, bookings[list[0]].BookerName, ordered.SelectMany(g => g.Identifiers).Distinct(StringComparer.Ordinal).ToList(), tied));
        }

        return result;
    }

    public static LinkEvidence ToEvidence(Join j) => new(
        EvidenceKind.Booking,
        j.BookerName ?? j.Booker,
        j.Bookings,
        0.8,
        string.Create(
            CultureInfo.InvariantCulture,
            $"one booker ({j.BookerName ?? j.Booker}) gave, over {j.Bookings} bookings, contact details printed in the ads of groups that share nothing else: {string.Join(", ", j.Identifiers.Take(6))}"));

    private static void Add(Dictionary<int, (int Ad, SortedSet<string> Identifiers)> groups, int root, int ad, string identifier)
    {
        if (!groups.TryGetValue(root, out var g))
        {
            groups[root] = g = (ad, new SortedSet<string>(StringComparer.Ordinal));
        }

        g.Identifiers.Add(identifier);
    }
}
