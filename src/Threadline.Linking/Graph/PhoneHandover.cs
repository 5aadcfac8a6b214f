using System.Globalization;

namespace Threadline.Linking.Graph;

/// <summary>
/// Links a controller's old and new phone: networks change numbers every few weeks (DOMAIN.md, the 2023
/// case), and the same women (same name and age) then appear under the new number in the same city
/// within days. Two phones that each show several women are joined when at least two such women move
/// from one to the other; one coincidence is not enough. A woman moves when her ads under the two numbers overlap
/// by a week at most; shown under both for weeks at once, only the same height and weight under both say she is one
/// woman (two agencies of one city share common names and ages by chance).
/// </summary>
internal static class PhoneHandover
{
    private const int WindowDays = 14;
    private const int MinSharedWomen = 2;
    private const double MinSharedShare = 0.3;
    private const int MaxEntriesPerKey = 20_000;

    /// <summary>Most days a woman's ads under the two numbers may overlap and still be a move from one to the other.</summary>
    private const int MoveOverlapDays = 7;

    public sealed record Handover(string PhoneA, string PhoneB, IReadOnlyList<string> Women, string City);

    public static List<Handover> Link(IReadOnlyList<AdFeatures> ads, string[][] names, int[] bodies, IdentifierTable table, bool[] hub, bool[] copier, UnionFind netUf, LinkOptions options)
    {
        var keys = PersonaGrouper.PersonKeys(ads, names);

        // Phones that show several women told apart (a copier's number shows the copied women: no handover). One woman
        // whose name is written several ways ("Sofia" / "Sophie" / "Софи", 43) is one woman, not a group: at 200k ads,
        // six independents of one common name and age in one city were chained into one "controller" by their spellings.
        var women = new Women(ads, names);
        var shared = new bool[table.Count];
        for (var id = 0; id < table.Count; id++)
        {
            if (hub[id] || copier[id] || table.KindOf(id) != EvidenceKind.Phone)
            {
                continue;
            }

            var seen = new List<string>(2);
            foreach (var ad in table.AdsOf(id))
            {
                if (keys[ad] is not { } key || seen.Contains(key, StringComparer.Ordinal))
                {
                    continue;
                }

                if (seen.Count > 0 && seen.TrueForAll(other => !women.One(key, other)))
                {
                    shared[id] = true;
                    break;
                }

                if (seen.Count < 16)
                {
                    seen.Add(key);
                }
            }
        }

        // (key) → entries (day, city, phone, ad), only keys with an age.
        var entries = new Dictionary<string, List<(int Day, string City, int Phone, int Ad)>>(StringComparer.Ordinal);

        // The heights and weights each phone's ads give for each woman: the same name and age with other figures is
        // another woman (two groups that both advertise a "Yoyo, 27").
        var figures = new Dictionary<(int Phone, string Key), HashSet<int>>();
        for (var ad = 0; ad < ads.Count; ad++)
        {
            if (keys[ad] is not { } key || key.EndsWith('|') || string.IsNullOrWhiteSpace(ads[ad].City))
            {
                continue;
            }

            foreach (var id in table.OfAd(ad))
            {
                if (shared[id])
                {
                    if (!entries.TryGetValue(key, out var list))
                    {
                        entries[key] = list = [];
                    }

                    list.Add((DateOnly.FromDateTime(ads[ad].PostedAt.UtcDateTime).DayNumber, Movements.CityNames.Key(ads[ad].City, options), id, ad));
                    if (Text.BodyStats.Complete(bodies[ad]))
                    {
                        if (!figures.TryGetValue((id, key), out var set))
                        {
                            figures[(id, key)] = set = [];
                        }

                        set.Add(bodies[ad]);
                    }
                }
            }
        }

        // When each shared phone was in use, and how many women it showed; when each woman was shown under each.
        var firstDay = new Dictionary<int, int>();
        var lastDay = new Dictionary<int, int>();
        var shown = new Dictionary<int, HashSet<string>>();
        var spans = new Dictionary<(int Phone, string Key), (int First, int Last)>();
        foreach (var (key, list) in entries)
        {
            foreach (var e in list)
            {
                spans[(e.Phone, key)] = spans.TryGetValue((e.Phone, key), out var span) ? (Math.Min(span.First, e.Day), Math.Max(span.Last, e.Day)) : (e.Day, e.Day);
                firstDay[e.Phone] = Math.Min(firstDay.GetValueOrDefault(e.Phone, int.MaxValue), e.Day);
                lastDay[e.Phone] = Math.Max(lastDay.GetValueOrDefault(e.Phone, int.MinValue), e.Day);
                if (!shown.TryGetValue(e.Phone, out var set))
                {
                    shown[e.Phone] = set = new HashSet<string>(StringComparer.Ordinal);
                }

                set.Add(key);
            }
        }

        var pairs = new Dictionary<(int, int), (HashSet<string> Keys, string City, int AdA, int AdB)>();
        foreach (var (key, list) in entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            if (list.Count > MaxEntriesPerKey)
            {
                continue;
            }

            list.Sort((x, y) => x.Day != y.Day ? x.Day.CompareTo(y.Day) : x.Ad.CompareTo(y.Ad));
            for (var i = 0; i < list.Count; i++)
            {
                for (var j = i + 1; j < list.Count && j < i + 64 && list[j].Day - list[i].Day <= WindowDays; j++)
                {
                    if (list[i].Phone == list[j].Phone || !string.Equals(list[i].City, list[j].City, StringComparison.Ordinal))
                    {
                        continue;
                    }

                    var pair = list[i].Phone < list[j].Phone ? (list[i].Phone, list[j].Phone) : (list[j].Phone, list[i].Phone);
                    if (!pairs.TryGetValue(pair, out var v))
                    {
                        pairs[pair] = v = (new HashSet<string>(StringComparer.Ordinal), list[i].City, list[i].Ad, list[j].Ad);
                    }

                    v.Keys.Add(key);
                }
            }
        }

        var result = new List<Handover>();
        foreach (var ((a, b), v) in pairs.OrderBy(p => p.Key))
        {
            // A handover (one number takes over from the other) or two numbers of one group in use together:
            // their periods of use meet or overlap, and a good part of the women move between them — not two unrelated groups whose women share common names.
            var (early, late) = firstDay[a] <= firstDay[b] ? (a, b) : (b, a);
            var meets = firstDay[late] <= lastDay[early] + WindowDays;
            var needed = Math.Max(MinSharedWomen, (int)Math.Ceiling(MinSharedShare * Math.Min(women.Count(shown[a]), women.Count(shown[b]))));
            v.Keys.RemoveWhere(k => figures.TryGetValue((a, k), out var fa) && figures.TryGetValue((b, k), out var fb) && !fa.Overlaps(fb));

            // A woman moves: her ads under one number end as those under the other begin. Shown under both for weeks at
            // once she is a coincidence of name and age (two agencies of one city, at 200k ads), unless both numbers give
            // her the same height and weight.
            v.Keys.RemoveWhere(k => !Moves(spans[(a, k)], spans[(b, k)]) && !SameFigures(figures, a, b, k));
            if (!meets || v.Keys.Count < needed || women.Count(v.Keys) < needed)
            {
                continue;
            }

            netUf.Union(v.AdA, v.AdB);
            result.Add(new Handover(table.ValueOf(a), table.ValueOf(b), v.Keys.Order(StringComparer.Ordinal).Select(k => k.Replace("|", ", ", StringComparison.Ordinal)).ToList(), ads[v.AdA].City ?? v.City));
        }

        return result;
    }

    private static bool Moves((int First, int Last) x, (int First, int Last) y) => Math.Min(x.Last, y.Last) - Math.Max(x.First, y.First) <= MoveOverlapDays;

    private static bool SameFigures(Dictionary<(int Phone, string Key), HashSet<int>> figures, int a, int b, string key) =>
        figures.TryGetValue((a, key), out var fa) && figures.TryGetValue((b, key), out var fb) && fa.Overlaps(fb);

    public static LinkEvidence ToEvidence(Handover h) => new(
        EvidenceKind.Phone,
        h.PhoneA + " → " + h.PhoneB,
        h.Women.Count,
        0.8,
        string.Create(CultureInfo.InvariantCulture, $"{h.Women.Count} women moved together from phone {h.PhoneA} to {h.PhoneB} in {h.City} within {WindowDays} days (a controller changing numbers)"));

    /// <summary>
    /// Tells women apart by their "name|age" keys: two keys are one woman when the names are one name or two spellings
    /// of it (<see cref="Text.NameVariants.Spellings"/>, as <see cref="NetworkGrouper"/> tells a group's women
    /// apart) and the ages are a year apart at most.
    /// </summary>
    private sealed class Women
    {
        private readonly Dictionary<string, string> skeletons = new(StringComparer.Ordinal);

        public Women(IReadOnlyList<AdFeatures> ads, string[][] names)
        {
            for (var ad = 0; ad < names.Length; ad++)
            {
                if (names[ad].Length > 0 && ads[ad].Names.Count > 0 && !skeletons.ContainsKey(names[ad][0]))
                {
                    skeletons[names[ad][0]] = Text.NameVariants.Skeleton(ads[ad].Names[0]);
                }
            }
        }

        public bool One(string a, string b)
        {
            var (i, j) = (a.IndexOf('|', StringComparison.Ordinal), b.IndexOf('|', StringComparison.Ordinal));
            var (na, nb) = (a[..i], b[..j]);
            if (!string.Equals(na, nb, StringComparison.Ordinal))
            {
                var ka = skeletons.GetValueOrDefault(na, "");
                var kb = skeletons.GetValueOrDefault(nb, "");
                if (!Text.NameVariants.Spellings(ka, kb))
                {
                    return false;
                }
            }

            return !int.TryParse(a.AsSpan(i + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var x)
                || !int.TryParse(b.AsSpan(j + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var y)
                || Math.Abs(x - y) <= 1;
        }

        /// <summary>How many women the keys show (greedily: a key is a new woman unless it is one with a woman counted).</summary>
        public int Count(IEnumerable<string> keys)
        {
            var women = new List<string>();
            foreach (var key in keys.Order(StringComparer.Ordinal))
            {
                if (women.TrueForAll(w => !One(key, w)))
                {
                    women.Add(key);
                }
            }

            return women.Count;
        }
    }
}
