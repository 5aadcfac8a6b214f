using System.Globalization;

namespace Threadline.Linking.Graph;

/// <summary>
/// Issue 15, item 3: two numbers are one controller when a woman's text continues from one to the other — the same
/// template and the same woman (name and age), the second number's first ad within days of the first number's last,
/// in the same city — whatever the cue words. A controller who gives a woman a number of her own, or a new one every
/// few weeks, keeps writing her ads from the same text. Only templates of few advertisers take part (a stock text or a
/// template sold to many is nobody's signature), copies take no part, and a group showing several women continues
/// only through one of its women: her ads there and under the other number meet end to end.
/// </summary>
internal static class TemplateContinuation
{
    /// <summary>Most components a template may span and still be one advertiser's text.</summary>
    internal const int MaxUsers = 6;

    /// <summary>Most days between the last ad under one number and the first under the next.</summary>
    internal const int SeamDays = 7;

    /// <summary>Most days the two may overlap (the old number's ads stay up while the new one starts).</summary>
    internal const int OverlapDays = 3;

    /// <summary>Most days between an advertiser's last ad and the first of another who takes over its texts with a new woman.</summary>
    internal const int TakeoverDays = 14;

    /// <summary>
    /// One join: the last ad under one number, the first under the next, the template (or templates) and the woman
    /// named; with no woman, the second number took over the texts with another woman.
    /// </summary>
    public sealed record Join(int AdA, int AdB, string Template, string From, string To, DateOnly LastDay, DateOnly FirstDay, string City, string? Woman);

    private sealed class Unit
    {
        public int Root;
        public string? Key;
        public int Start = int.MaxValue;
        public int End = int.MinValue;
        public int FirstAd = -1;
        public int LastAd = -1;
        public Dictionary<string, int>? Women;

        /// <summary>The woman of the unit: its key, or the name and age its ads state most often.</summary>
        public string? Woman => Key ?? Women?.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).First().Key;
    }

    public static List<Join> Link(IReadOnlyList<AdFeatures> ads, string[][] names, IdentifierTable table, bool[] hub, bool[] copied, UnionFind uf, LinkOptions options)
    {
        var keys = PersonaGrouper.PersonKeys(ads, names);
        var counts = PersonaGrouper.NameCountsByGroup(uf, names);
        var several = counts.Where(kv => PersonaGrouper.StrongNames(kv.Value, kv.Value.Values.Sum(), everyNameBelow: 3) >= 2).Select(kv => kv.Key).ToHashSet();
        var pending = new List<(int A, int B, int Template, string? Woman)>();
        for (var id = 0; id < table.Count; id++)
        {
            if (hub[id] || table.KindOf(id) != EvidenceKind.Template)
            {
                continue;
            }

            // Its users: components with two of its ads or more (a scam's copy of one ad does not make a text common).
            var perRoot = new Dictionary<int, (int Count, int Ad)>();
            UsersOf(table, id, copied, uf, perRoot);
            var users = perRoot.Count(kv => kv.Value.Count >= 2);
            if (users < 2 || users > MaxUsers)
            {
                continue;
            }

            var units = new Dictionary<(int Root, string? Key), Unit>();
            foreach (var ad in table.AdsOf(id))
            {
                if (copied[ad])
                {
                    continue;
                }

                var root = uf.Find(ad);
                if (perRoot[root].Count < 2)
                {
                    continue;
                }

                string? key = null;
                if (several.Contains(root))
                {
                    // A group of several women continues only through one of them, named and aged.
                    if (keys[ad] is not { } k || k.EndsWith('|'))
                    {
                        continue;
                    }

                    key = k;
                }

                if (!units.TryGetValue((root, key), out var u))
                {
                    units[(root, key)] = u = new Unit { Root = root, Key = key };
                }

                if (key is null && keys[ad] is { } stated && !stated.EndsWith('|'))
                {
                    u.Women ??= new Dictionary<string, int>(StringComparer.Ordinal);
                    u.Women[stated] = u.Women.GetValueOrDefault(stated) + 1;
                }

                var day = Day(ads[ad]).DayNumber;
                if (day < u.Start)
                {
                    u.Start = day;
                    u.FirstAd = ad;
                }

                if (day > u.End)
                {
                    u.End = day;
                    u.LastAd = ad;
                }
            }

            var list = units.Values.OrderBy(u => u.Start).ThenBy(u => u.FirstAd).ToList();
            for (var i = 0; i < list.Count; i++)
            {
                for (var j = 0; j < list.Count; j++)
                {
                    var (a, b) = (list[i], list[j]);
                    if (a.Root == b.Root || b.Start < a.End - OverlapDays || b.Start - a.End > SeamDays || b.Start < a.Start || b.End <= a.End)
                    {
                        continue;
                    }

                    // The same woman (name and age) on both sides. A new woman on the last one's text was tried: on the
                    // 27 worlds it caught one network's new woman and glued an independent to another network.
                    if (a.Woman is not { } woman || !string.Equals(woman, b.Woman, StringComparison.Ordinal))
                    {
                        continue;
                    }

                    var placeA = ads[a.LastAd];
                    var placeB = ads[b.FirstAd];
                    if (!string.IsNullOrWhiteSpace(placeA.City) && string.Equals(Movements.CityNames.Key(placeA.City, options), Movements.CityNames.Key(placeB.City ?? "", options), StringComparison.Ordinal))
                    {
                        pending.Add((a.LastAd, b.FirstAd, id, woman));
                    }
                }
            }
        }

        var joins = new List<Join>();
        foreach (var (a, b, template, woman) in pending)
        {
            if (uf.Union(a, b))
            {
                joins.Add(new Join(a, b, table.ValueOf(template), Contact(ads[a]), Contact(ads[b]), Day(ads[a]), Day(ads[b]), ads[b].City ?? "", woman?.Replace("|", ", ", StringComparison.Ordinal)));
            }
        }

        joins.AddRange(Takeovers(ads, names, table, hub, copied, uf));
        return joins;
    }

    /// <summary>
    /// A new woman on the last one's texts: one advertiser stops and, within <see cref="TakeoverDays"/>, another starts
    /// writing from two or more of its texts — one of them with two ads or more on each side, the other with two on one
    /// side at least — texts of few advertisers, copies left out. A controller who sends a woman on and brings the next
    /// under a new number keeps the ads he wrote; two independents share one stock sentence often enough (on the 27
    /// worlds of seeds 3, 7 and 42 one text in common between an advertiser who stops and one who starts was 17 networks
    /// against 306 unrelated pairs), but two texts, one after the other, were the same network but for a copy. Two
    /// groups of several women each are left to the rule that needs a woman in common; a number that meets two others
    /// this way joins neither.
    /// </summary>
    private static List<Join> Takeovers(IReadOnlyList<AdFeatures> ads, string[][] names, IdentifierTable table, bool[] hub, bool[] copied, UnionFind uf)
    {
        var counts = PersonaGrouper.NameCountsByGroup(uf, names);
        var several = counts.Where(kv => PersonaGrouper.StrongNames(kv.Value, kv.Value.Values.Sum(), everyNameBelow: 3) >= 2).Select(kv => kv.Key).ToHashSet();

        // Each component's first and last ad (copies left out), as the same-woman pass left the components.
        var spans = new Dictionary<int, Unit>();
        for (var ad = 0; ad < ads.Count; ad++)
        {
            if (copied[ad])
            {
                continue;
            }

            var root = uf.Find(ad);
            if (!spans.TryGetValue(root, out var u))
            {
                spans[root] = u = new Unit { Root = root };
            }

            var day = Day(ads[ad]).DayNumber;
            if (day < u.Start || (day == u.Start && ad < u.FirstAd))
            {
                u.Start = day;
                u.FirstAd = ad;
            }

            if (day > u.End || (day == u.End && ad > u.LastAd))
            {
                u.End = day;
                u.LastAd = ad;
            }
        }

        // (earlier root, later root) → texts both write, with two ads or more on both sides (strong) or on one (weak).
        var pairs = new Dictionary<(int A, int B), (List<int> Strong, List<int> Weak)>();
        var perRoot = new Dictionary<int, (int Count, int Ad)>();
        for (var id = 0; id < table.Count; id++)
        {
            if (hub[id] || table.KindOf(id) != EvidenceKind.Template)
            {
                continue;
            }

            UsersOf(table, id, copied, uf, perRoot);
            var users = perRoot.Count(kv => kv.Value.Count >= 2);
            if (users < 1 || users > MaxUsers || perRoot.Count > 4 * MaxUsers)
            {
                continue;
            }

            var roots = perRoot.Keys.OrderBy(r => spans[r].Start).ThenBy(r => r).ToList();
            for (var i = 0; i < roots.Count; i++)
            {
                for (var j = i + 1; j < roots.Count; j++)
                {
                    var (a, b) = (roots[i], roots[j]);
                    var (na, nb) = (perRoot[a].Count, perRoot[b].Count);
                    if (na < 2 && nb < 2)
                    {
                        continue;
                    }

                    if (!pairs.TryGetValue((a, b), out var p))
                    {
                        pairs[(a, b)] = p = ([], []);
                    }

                    (na >= 2 && nb >= 2 ? p.Strong : p.Weak).Add(id);
                }
            }
        }

        var accepted = new List<(Unit A, Unit B, List<int> Texts)>();
        foreach (var ((a, b), p) in pairs.OrderBy(kv => kv.Key.A).ThenBy(kv => kv.Key.B))
        {
            if (p.Strong.Count < 1 || p.Strong.Count + p.Weak.Count < 2 || (several.Contains(a) && several.Contains(b)))
            {
                continue;
            }

            var (ua, ub) = (spans[a], spans[b]);
            if (ub.Start - ua.End > TakeoverDays || ub.Start < ua.End - OverlapDays || ub.End <= ua.End)
            {
                continue;
            }

            accepted.Add((ua, ub, [.. p.Strong, .. p.Weak]));
        }

        // One writer cannot be two networks: a number that would take over the texts of two others (or hand its texts to
        // two at once) says nothing about which, and joins none (as SharedTexts does).
        var before = accepted.GroupBy(x => x.B.Root).ToDictionary(g => g.Key, g => g.Count());
        var after = accepted.GroupBy(x => x.A.Root).ToDictionary(g => g.Key, g => g.Count());
        var joins = new List<Join>();
        foreach (var (a, b, texts) in accepted)
        {
            if (before[b.Root] > 1 || after[a.Root] > 1)
            {
                continue;
            }

            if (uf.Union(a.LastAd, b.FirstAd))
            {
                var last = ads[a.LastAd];
                var first = ads[b.FirstAd];
                joins.Add(new Join(a.LastAd, b.FirstAd, string.Join(", ", texts.Take(4).Select(table.ValueOf)), Contact(last), Contact(first), Day(last), Day(first), first.City ?? "", null));
            }
        }

        return joins;
    }

    public static LinkEvidence ToEvidence(Join j) => new(
        EvidenceKind.Template,
        j.From + " → " + j.To,
        2,
        0.6,
        j.Woman is null
            ? string.Create(CultureInfo.InvariantCulture, $"the texts of {j.From} (templates {j.Template}) continue under {j.To} with another woman: its last ad {j.LastDay:yyyy-MM-dd}, the next number's first {j.FirstDay:yyyy-MM-dd}{(j.City.Length == 0 ? "" : " in " + j.City)} (a controller bringing the next woman on the same texts)")
            : string.Create(CultureInfo.InvariantCulture, $"the text of {j.From} (template {j.Template}) continues under {j.To} in {j.City}: last ad {j.LastDay:yyyy-MM-dd}, next {j.FirstDay:yyyy-MM-dd}, for {j.Woman} (a controller moving a woman to another number)"));

    /// <summary>
    /// Who writes a text: per component, its ads of template <paramref name="template"/> and the first of them, copies
    /// left out (a copier repeats someone else's ads), into <paramref name="perRoot"/> (cleared first).
    /// </summary>
    internal static void UsersOf(IdentifierTable table, int template, bool[] copied, UnionFind uf, Dictionary<int, (int Count, int Ad)> perRoot)
    {
        perRoot.Clear();
        foreach (var ad in table.AdsOf(template))
        {
            if (!copied[ad])
            {
                var r = uf.Find(ad);
                var v = perRoot.TryGetValue(r, out var seen) ? seen : (Count: 0, Ad: ad);
                perRoot[r] = (v.Count + 1, v.Ad);
            }
        }
    }

    private static DateOnly Day(AdFeatures ad) => DateOnly.FromDateTime(ad.PostedAt.UtcDateTime);

    /// <summary>The first phone, e-mail or handle of an ad (its id when it has none): how evidence names a side.</summary>
    internal static string Contact(AdFeatures ad) =>
        ad.Phones.Count > 0 ? ad.Phones[0] : ad.Emails.Count > 0 ? ad.Emails[0] : ad.Handles.Count > 0 ? ad.Handles[0] : ad.AdId;
}
