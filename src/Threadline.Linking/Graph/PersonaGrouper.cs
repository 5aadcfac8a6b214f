using System.Globalization;
using System.Runtime.InteropServices;

namespace Threadline.Linking.Graph;

/// <summary>
/// Splits ads into personas (one advertised person). Person-level evidence only: the same photo (when
/// it is not shown for women of different names or ages), the same name and age under the same phone,
/// e-mail or handle, an identifier whose ads show one person only (not two photo sets or two names),
/// and near-identical text under a shared identifier for ads that give no name and no photo; a copier's ads
/// as one invented persona; height and weight where an identifier's ads give several (an agency's women);
/// name-only groups joined to the one woman of that name in town with them; and last, groups that are in
/// two cities at once split along their stays (<see cref="PresenceSplitter"/>). docs/linking.md lists the
/// rules in order with their measured effect.
/// A controller's or agency's phone that shows several women links them into a network, not a persona.
/// </summary>
internal static class PersonaGrouper
{
    /// <summary>The copier numbers (per identifier) and their ads (per ad) that <see cref="CopyDetector"/> found.</summary>
    public sealed record Copies(bool[] Copier, bool[] CopierAd);

    /// <summary>
    /// Two numbers joined because one woman — the same name, age, height and weight — is advertised under both (rule 2d):
    /// an ad of each side, and how the woman is shown.
    /// </summary>
    public sealed record ProfileJoin(int AdA, int AdB, string From, string To, string Woman);

    public static UnionFind Group(IReadOnlyList<AdFeatures> ads, string[][] names, int[] bodies, IdentifierTable table, bool[] hub, bool[] copied, Copies copies, UnionFind network, Text.TextSignatures sigs, LinkOptions options) =>
        Group(ads, names, bodies, table, hub, copied, copies, network, sigs, options, out _, out _);

    /// <summary>
    /// As above; <paramref name="beforeSplit"/> is the grouping before rule 6 split groups seen in two cities at once, and
    /// <paramref name="profileJoins"/> the numbers rule 2d joined into one network (the network's evidence).
    /// </summary>
    public static UnionFind Group(IReadOnlyList<AdFeatures> ads, string[][] names, int[] bodies, IdentifierTable table, bool[] hub, bool[] copied, Copies copies, UnionFind network, Text.TextSignatures sigs, LinkOptions options, out UnionFind beforeSplit, out List<ProfileJoin> profileJoins)
    {
        profileJoins = [];
        var n = ads.Count;
        var uf = new UnionFind(n);
        var keys = PersonKeys(ads, names);

        // 0. A copier's ads are one invented persona; their names and ages are the copied women's, so no person
        // rule below joins them to anyone else.
        for (var id = 0; id < table.Count; id++)
        {
            if (copies.Copier[id])
            {
                UnionAll(uf, table.AdsOf(id), null);
            }
        }

        for (var ad = 0; ad < n; ad++)
        {
            if (copies.CopierAd[ad])
            {
                keys[ad] = null;
            }
        }

        // How many women the heights and weights under each phone, e-mail or handle show (rules 2, 2c and 3).
        var women = new int[table.Count];
        for (var id = 0; id < table.Count; id++)
        {
            if (!hub[id] && table.KindOf(id) is not (EvidenceKind.Photo or EvidenceKind.Template))
            {
                women[id] = StrongBodies(table.AdsOf(id), bodies);
            }
        }

        // 1. The same photo, unless the photo is shown for women with different names or ages (a
        // network's shared photo set links them into a network, not into one persona).
        for (var id = 0; id < table.Count; id++)
        {
            if (!hub[id] && table.KindOf(id) == EvidenceKind.Photo && DistinctKeys(table.AdsOf(id), keys) <= 1)
            {
                UnionAll(uf, table.AdsOf(id), copied);
            }
        }

        // 2. The same name and age under the same phone, e-mail or handle; an ad that gives the name
        // without an age joins when that name has one age only under the identifier.
        for (var id = 0; id < table.Count; id++)
        {
            if (hub[id] || table.KindOf(id) is EvidenceKind.Photo or EvidenceKind.Template)
            {
                continue;
            }

            UnionSameKeys(uf, table.AdsOf(id), keys, bodies, women[id] >= 2);
        }

        // 2b. The same name and age within one network component (a woman keeps her name and age when
        // the controller changes the phone).
        var byComponent = network.Members(ad => keys[ad] is not null);

        // Only a stated age makes the name a person across numbers: a network often advertises two women
        // under one common working name, and without ages nothing tells them apart.
        foreach (var list in byComponent.Values)
        {
            if (list.Count > 1)
            {
                UnionSameKeys(uf, CollectionsMarshal.AsSpan(list), keys, bodies, StrongBodies(CollectionsMarshal.AsSpan(list), bodies) >= 2, nameOnlyTogether: false);
            }
        }

        // 2c. Under a phone, e-mail or handle whose ads give different heights and weights (an agency's number),
        // ads that name nobody are one woman when they give the same figures.
        for (var id = 0; id < table.Count; id++)
        {
            if (hub[id] || table.KindOf(id) is EvidenceKind.Photo or EvidenceKind.Template)
            {
                continue;
            }

            if (women[id] < 2)
            {
                continue;
            }

            var adsOf = table.AdsOf(id);

            var byFigure = new Dictionary<int, int>();
            foreach (var ad in adsOf)
            {
                var figure = bodies[ad];
                if (keys[ad] is null && figure > 0)
                {
                    if (byFigure.TryGetValue(figure, out var first))
                    {
                        uf.Union(first, ad);
                    }
                    else
                    {
                        byFigure[figure] = ad;
                    }
                }
            }
        }

        // 2d. The same name, age, height and weight under different numbers that share nothing else: one woman
        // who changed her number (or whose controller did). Four figures together are rare per pair, not at scale: on
        // the 200k bench worlds 501 of 1,593 such joins (scam copies aside) were two women. One woman is in one city at a time, so two groups
        // advertised at the same time and never in one city are two (GroupPresence.Elsewhere; docs/linking.md).
        // Not between two numbers that each show several women when one of them is scattered (ScatteredProfiles): a
        // number showing one woman copied from each of several groups is a scam's (issue 15, item 7). A number a
        // controller took over, showing one woman of the group and new ones, still joins it (before, every join
        // between two such numbers was refused: default seed 42 lost two number changes, network recall 0.965 -> 0.950).
        // Per profile, the first ad of each group that shows it; an ad joins the first of them it may join.
        var numbers = new bool[table.Count];
        for (var id = 0; id < table.Count; id++)
        {
            numbers[id] = !hub[id] && table.KindOf(id) is not (EvidenceKind.Photo or EvidenceKind.Template);
        }

        var scattered = ScatteredProfiles.Read(keys, names, bodies, table, numbers, network);

        // Which ads are under a number that shows several names.
        var showsSeveral = new bool[n];
        for (var id = 0; id < table.Count; id++)
        {
            if (!numbers[id])
            {
                continue;
            }

            var adsOf = table.AdsOf(id);
            string? seen = null;
            var shows = false;
            foreach (var ad in adsOf)
            {
                if (names[ad].Length > 0)
                {
                    seen ??= names[ad][0];
                    if (!string.Equals(seen, names[ad][0], StringComparison.Ordinal))
                    {
                        shows = true;
                        break;
                    }
                }
            }

            if (shows)
            {
                foreach (var ad in adsOf)
                {
                    showsSeveral[ad] = true;
                }
            }
        }

        // Where the groups made so far were advertised, day by day: one woman is in one city at a time, so two groups
        // whose names meet only by their skeletons, seen in different cities on several of the same days, are two women
        // who look alike (two "Bianca"/"Bianka" 29 of one height and weight in two networks, `mixed` s3). Nor may a
        // scattered number join by a skeleton, whoever shows several women: a scam's copy of "Анаис" is not "Anaïs".
        var presence = GroupPresence.Of(ads, uf, options);
        var byProfile = new Dictionary<(string Key, int Body), List<int>>();
        for (var ad = 0; ad < n; ad++)
        {
            if (keys[ad] is { } named && !named.EndsWith('|') && Text.BodyStats.Complete(bodies[ad]))
            {
                // The name by its spelling skeleton: under each number the rules keep that number's most frequent
                // spelling, and a woman moved to a new number is often spelt otherwise there ("Andreea" / "Andreеa").
                var key = ProfileName(ads[ad], named);
                if (!byProfile.TryGetValue((key, bodies[ad]), out var firsts))
                {
                    byProfile[(key, bodies[ad])] = [ad];
                    continue;
                }

                var joined = false;
                foreach (var first in firsts)
                {
                    var spelt = string.Equals(keys[ad], keys[first], StringComparison.Ordinal);
                    if (((spelt && (!showsSeveral[ad] || !showsSeveral[first] || scattered.MayJoin(ad, first)))
                        || (!spelt && scattered.MayJoin(ad, first) && !presence.Apart(ad, first)))
                        && !presence.Elsewhere(ad, first))
                    {
                        uf.Union(first, ad);
                        if (network.Union(first, ad))
                        {
                            var woman = ads[ad].Names.Count > 0 ? ads[ad].Names[0] : "a woman";
                            var stated = string.Create(CultureInfo.InvariantCulture, $"{woman}, {named[(named.IndexOf('|', StringComparison.Ordinal) + 1)..]}, {Text.BodyStats.Height(bodies[ad])} cm, {Text.BodyStats.Weight(bodies[ad])} kg");
                            profileJoins.Add(new ProfileJoin(first, ad, TemplateContinuation.Contact(ads[first]), TemplateContinuation.Contact(ads[ad]), stated));
                        }

                        joined = true;
                        break;
                    }
                }

                if (!joined && firsts.Count < MaxProfileGroups)
                {
                    firsts.Add(ad);
                }
            }
        }

        // 3. Phones, e-mails and handles whose ads show one person only: one name at most, one photo set at most.
        // Nor may it join groups already formed for women of different names: a scam number whose copies of
        // several women's ads each joined that woman would otherwise glue them all together. Nor groups of one
        // name whose ages are two or more years apart, each stated on several of its ads: two women of one working
        // name, the second advertised once under the first's number ("Sonia" 28 and "Sonia" 26, `first_person` s3).
        var groupName = GroupNames(uf, names, n);
        var groupAge = GroupAges(uf, ads, names, groupName, n);
        for (var id = 0; id < table.Count; id++)
        {
            var kind = table.KindOf(id);
            if (hub[id] || kind is EvidenceKind.Photo or EvidenceKind.Template)
            {
                continue;
            }

            var adsOf = table.AdsOf(id);
            var roots = new HashSet<int>();
            var nameCounts = new Dictionary<string, int>(StringComparer.Ordinal);
            var keyCounts = new Dictionary<string, int>(StringComparer.Ordinal);
            var named = 0;
            var aged = 0;
            foreach (var ad in adsOf)
            {
                if (ads[ad].ImageHashes.Count > 0 && !copied[ad] && roots.Count < 2)
                {
                    roots.Add(uf.Find(ad));
                }

                if (names[ad].Length > 0)
                {
                    named++;
                    nameCounts[names[ad][0]] = nameCounts.GetValueOrDefault(names[ad][0]) + 1;
                    if (keys[ad] is { } key && !key.EndsWith('|'))
                    {
                        aged++;
                        keyCounts[key] = keyCounts.GetValueOrDefault(key) + 1;
                    }
                }
            }

            // One name (names on a few ads only are misreadings and do not count) and one age with it:
            // one person, whatever pictures she shows. A controller's number can show two women of one
            // common working name one after the other; their stated ages tell them apart. No name: one
            // photo set at most.
            if (((named > 0 && StrongNames(nameCounts, named) <= 1 && (aged == 0 || StrongNames(keyCounts, aged) <= 1)) || (named == 0 && roots.Count <= 1))
                && women[id] <= 1 && !JoinsDifferentlyNamedGroups(adsOf, groupName) && !JoinsGroupsOfDifferentAges(adsOf, groupAge))
            {
                UnionAll(uf, adsOf, null);
            }
        }

        var marked = new bool[n];
        for (var i = 0; i < n; i++)
        {
            marked[i] = keys[i] is not null || ads[i].ImageHashes.Count > 0;
        }

        // 4. Ads with no person marker under a shared identifier join the most similar marked ad when the
        // text is near-identical (the same person's ad re-posted).
        for (var i = 0; i < n; i++)
        {
            if (marked[i] || uf.SizeOf(i) > 1)
            {
                continue;
            }

            var best = -1;
            var bestSim = options.SameTextSimilarity;
            foreach (var id in table.OfAd(i))
            {
                if (hub[id] || table.KindOf(id) is EvidenceKind.Photo or EvidenceKind.Template || table.AdCount(id) > 500)
                {
                    continue;
                }

                foreach (var other in table.AdsOf(id))
                {
                    if (other == i)
                    {
                        continue;
                    }

                    var s = sigs.Similarity(i, other);
                    if (s >= bestSim && (best < 0 || s > bestSim || other < best))
                    {
                        bestSim = s;
                        best = other;
                    }
                }
            }

            if (best >= 0)
            {
                uf.Union(i, best);
            }
        }

        // 5. An ad that names nobody ("new girls every week") under a number whose ads, in the same city
        // within two days, show one woman only is taken for hers: the controller posts for the woman who
        // is there. With two women there at the time, or none, it stays alone.
        var joins = new List<(int Ad, int Other)>();
        for (var i = 0; i < n; i++)
        {
            if (marked[i] || uf.SizeOf(i) > 1 || string.IsNullOrWhiteSpace(ads[i].City))
            {
                continue;
            }

            var city = Movements.CityNames.Key(ads[i].City, options);
            var day = ads[i].PostedAt.UtcDateTime.Date;
            var root = -1;
            var other = -1;
            var several = false;
            foreach (var id in table.OfAd(i))
            {
                if (hub[id] || table.KindOf(id) is EvidenceKind.Photo or EvidenceKind.Template || table.AdCount(id) > 500)
                {
                    continue;
                }

                foreach (var o in table.AdsOf(id))
                {
                    if (keys[o] is null || Math.Abs((ads[o].PostedAt.UtcDateTime.Date - day).TotalDays) > PresenceDays
                        || !string.Equals(Movements.CityNames.Key(ads[o].City, options), city, StringComparison.Ordinal))
                    {
                        continue;
                    }

                    var r = uf.Find(o);
                    if (root < 0)
                    {
                        (root, other) = (r, o);
                    }
                    else if (r != root)
                    {
                        several = true;
                    }
                }
            }

            if (root >= 0 && !several)
            {
                joins.Add((i, other));
            }
        }

        foreach (var (ad, other) in joins)
        {
            uf.Union(ad, other);
        }

        // 5b. A group of ads that give a name but never an age joins the one woman of that name in its network who
        // is advertised in the same cities on the same days: the controller posts both kinds of ad for her.
        JoinByPresence(ads, names, keys, uf, network, options);

        // 6. One woman is in one city at a time: a group in two cities over the same days is split along its stays.
        beforeSplit = uf;
        return PresenceSplitter.Split(ads, uf, options);
    }

    /// <summary>
    /// Rule 5b: groups whose ads name one woman without ever giving her age join the group of that name in the same
    /// network component that is advertised in the same city within <see cref="PresenceDays"/> days of at least half
    /// of their ads, when exactly one such group is (two women of one name in town at once: no join).
    /// </summary>
    private static void JoinByPresence(IReadOnlyList<AdFeatures> ads, string[][] names, string?[] keys, UnionFind uf, UnionFind network, LinkOptions options)
    {
        var members = uf.Members(ad => keys[ad] is not null);

        // Per group with one name: whether it states an age, and (below, on demand) where it is when.
        var aged = new HashSet<int>();
        var byName = new Dictionary<(int Component, string Name), List<int>>();
        foreach (var (root, list) in members)
        {
            var name = names[list[0]][0];
            if (list.Any(a => !string.Equals(names[a][0], name, StringComparison.Ordinal)))
            {
                continue;
            }

            if (list.Any(a => !keys[a]!.EndsWith('|')))
            {
                aged.Add(root);
            }

            var key = (network.Find(list[0]), name);
            if (!byName.TryGetValue(key, out var groups))
            {
                byName[key] = groups = [];
            }

            groups.Add(root);
        }

        var presence = new Dictionary<int, HashSet<(string City, int Day)>>();
        HashSet<(string City, int Day)> PresenceOf(int root)
        {
            if (!presence.TryGetValue(root, out var set))
            {
                set = [];
                foreach (var a in members[root])
                {
                    if (!string.IsNullOrWhiteSpace(ads[a].City))
                    {
                        set.Add((Movements.CityNames.Key(ads[a].City, options), DateOnly.FromDateTime(ads[a].PostedAt.UtcDateTime).DayNumber));
                    }
                }

                presence[root] = set;
            }

            return set;
        }

        var joins = new List<(int, int)>();
        foreach (var ((component, name), groups) in byName)
        {
            if (groups.Count < 2 || groups.Count > 50)
            {
                continue;
            }

            foreach (var g in groups)
            {
                if (aged.Contains(g))
                {
                    continue;
                }

                var mine = PresenceOf(g);
                var target = -1;
                var several = false;
                foreach (var h in groups)
                {
                    if (h == g || !aged.Contains(h))
                    {
                        continue;
                    }

                    var theirs = PresenceOf(h);
                    var together = mine.Count(p => Enumerable.Range(-PresenceDays, (2 * PresenceDays) + 1).Any(d => theirs.Contains((p.City, p.Day + d))));
                    if (together * 2 >= mine.Count && together > 0)
                    {
                        several |= target >= 0;
                        target = h;
                    }
                    else if (together > 0)
                    {
                        several = true;
                    }
                }

                if (target >= 0 && !several)
                {
                    joins.Add((g, target));
                }
            }
        }

        foreach (var (g, h) in joins)
        {
            uf.Union(g, h);
        }
    }

    /// <summary>How often each name is given by the ads of each union-find group (key: the group's root).</summary>
    internal static Dictionary<int, Dictionary<string, int>> NameCountsByGroup(UnionFind uf, string[][] names)
    {
        var counts = new Dictionary<int, Dictionary<string, int>>();
        for (var ad = 0; ad < names.Length; ad++)
        {
            if (names[ad].Length == 0)
            {
                continue;
            }

            var root = uf.Find(ad);
            if (!counts.TryGetValue(root, out var c))
            {
                counts[root] = c = new Dictionary<string, int>(StringComparer.Ordinal);
            }

            c[names[ad][0]] = c.GetValueOrDefault(names[ad][0]) + 1;
        }

        return counts;
    }

    /// <summary>Per ad, the most common name of the group it is in now (null when the group names nobody).</summary>
    private static string?[] GroupNames(UnionFind uf, string[][] names, int n)
    {
        var counts = NameCountsByGroup(uf, names);
        var top = new Dictionary<int, string>();
        foreach (var (root, c) in counts)
        {
            top[root] = c.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).First().Key;
        }

        var result = new string?[n];
        for (var ad = 0; ad < n; ad++)
        {
            result[ad] = top.GetValueOrDefault(uf.Find(ad));
        }

        return result;
    }

    /// <summary>True when the ads sit in groups (of more than one ad) whose names differ.</summary>
    private static bool JoinsDifferentlyNamedGroups(ReadOnlySpan<int> ads, string?[] groupName)
    {
        string? first = null;
        foreach (var ad in ads)
        {
            if (groupName[ad] is not { } name)
            {
                continue;
            }

            if (first is null)
            {
                first = name;
            }
            else if (!string.Equals(first, name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Per ad, the age its group states most often with the group's name, when at least two of the group's ads state
    /// it (-1 otherwise: a group of one ad, or one whose age is given once, says too little to keep it apart).
    /// </summary>
    private static int[] GroupAges(UnionFind uf, IReadOnlyList<AdFeatures> ads, string[][] names, string?[] groupName, int n)
    {
        var counts = new Dictionary<int, Dictionary<int, int>>();
        for (var ad = 0; ad < n; ad++)
        {
            if (names[ad].Length == 0 || ads[ad].Ages.Count == 0 || !string.Equals(names[ad][0], groupName[ad], StringComparison.Ordinal))
            {
                continue;
            }

            var root = uf.Find(ad);
            if (!counts.TryGetValue(root, out var c))
            {
                counts[root] = c = [];
            }

            c[ads[ad].Ages[0]] = c.GetValueOrDefault(ads[ad].Ages[0]) + 1;
        }

        var top = new Dictionary<int, int>();
        foreach (var (root, c) in counts)
        {
            var best = c.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).First();
            if (best.Value >= 2)
            {
                top[root] = best.Key;
            }
        }

        var result = new int[n];
        for (var ad = 0; ad < n; ad++)
        {
            result[ad] = top.GetValueOrDefault(uf.Find(ad), -1);
        }

        return result;
    }

    /// <summary>True when the ads sit in groups whose stated ages (<see cref="GroupAges"/>) are two or more years apart.</summary>
    private static bool JoinsGroupsOfDifferentAges(ReadOnlySpan<int> ads, int[] groupAge)
    {
        int min = int.MaxValue, max = int.MinValue;
        foreach (var ad in ads)
        {
            if (groupAge[ad] >= 0)
            {
                min = Math.Min(min, groupAge[ad]);
                max = Math.Max(max, groupAge[ad]);
            }
        }

        return max - min >= 2;
    }

    /// <summary>Days around an unnamed ad in which the number's other ads in the city count as "there at the time".</summary>
    private const int PresenceDays = 2;

    /// <summary>Groups kept per profile for rule 2d (an ad joins the first it may join).</summary>
    private const int MaxProfileGroups = 8;

    internal static string[][] NormalisedNames(IReadOnlyList<AdFeatures> ads)
    {
        var result = new string[ads.Count][];
        for (var i = 0; i < ads.Count; i++)
        {
            var list = ads[i].Names;
            result[i] = list.Count == 0
                ? []
                : list.Select(NormaliseName).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        }

        return result;
    }

    /// <summary>Rule 2d's name and age: the skeleton of the name as the ad writes it, and the age of its key.</summary>
    private static string ProfileName(AdFeatures ad, string key)
    {
        var skeleton = ad.Names.Count > 0 ? Text.NameVariants.Skeleton(ad.Names[0]) : "";
        return skeleton.Length == 0 ? key : skeleton + key[key.IndexOf('|', StringComparison.Ordinal)..];
    }

    /// <summary>Name and age of the advertised person ("name|age"; "name|" without an age), null without a name.</summary>
    internal static string?[] PersonKeys(IReadOnlyList<AdFeatures> ads, string[][] names)
    {
        var keys = new string?[ads.Count];
        for (var i = 0; i < ads.Count; i++)
        {
            if (names[i].Length > 0)
            {
                var age = ads[i].Ages.Count > 0 ? ads[i].Ages[0].ToString(System.Globalization.CultureInfo.InvariantCulture) : "";
                keys[i] = names[i][0] + "|" + age;
            }
        }

        return keys;
    }

    /// <summary>
    /// Names that stand for a person: with fewer than <paramref name="everyNameBelow"/> named ads every name counts;
    /// otherwise a name must be on two ads (three from 30) and a tenth of the named ads, so that a misread word is not
    /// taken for a second woman. Personas use 6. The network grouping's "several women" test uses 3: measured on the
    /// simulator's seeds 3, 7 and 42, network F1 0.944 / 0.967 / 0.942 with 6 and 0.974 / 0.993 / 0.970 with 3, persona
    /// F1 unchanged; 4 for personas too cost persona precision on seed 3 (0.756 to 0.646).
    /// </summary>
    internal static int StrongNames<TKey>(Dictionary<TKey, int> counts, int named, int everyNameBelow = 6)
        where TKey : notnull =>
        named < everyNameBelow ? counts.Count : counts.Values.Count(c => IsStrong(c, named));

    /// <summary>The names <see cref="StrongNames"/> counts.</summary>
    internal static List<TKey> StrongNameKeys<TKey>(Dictionary<TKey, int> counts, int named, int everyNameBelow = 6)
        where TKey : notnull =>
        named < everyNameBelow ? [.. counts.Keys] : [.. counts.Where(kv => IsStrong(kv.Value, named)).Select(kv => kv.Key)];

    private static bool IsStrong(int count, int named) => count >= (named >= 30 ? 3 : 2) && count * 10 >= named;

    /// <summary>
    /// Joins ads with the same "name|age"; ads with "name|" join the name's only age, if it has one. Where the ads
    /// give different heights or weights (an agency's women), the figures are part of the key: two women of one
    /// working name and age stay apart.
    /// </summary>
    private static void UnionSameKeys(UnionFind uf, ReadOnlySpan<int> ads, string?[] keys, int[] bodies, bool byFigures, bool nameOnlyTogether = true)
    {
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        var agesOfName = new Dictionary<string, (string Key, int Count)>(StringComparer.Ordinal);
        var nameOnly = new List<KeyValuePair<string, int>>();
        foreach (var ad in ads)
        {
            if (keys[ad] is not { } key)
            {
                continue;
            }

            var figures = byFigures ? "#" + bodies[ad].ToString(System.Globalization.CultureInfo.InvariantCulture) : "";
            var full = key + figures;
            if (!nameOnlyTogether && key.EndsWith('|'))
            {
                nameOnly.Add(new(full, ad));
            }
            else if (byKey.TryGetValue(full, out var first))
            {
                uf.Union(first, ad);
            }
            else
            {
                byKey[full] = ad;
                if (!key.EndsWith('|'))
                {
                    var name = key[..key.IndexOf('|', StringComparison.Ordinal)] + figures;
                    agesOfName[name] = agesOfName.TryGetValue(name, out var v) ? (v.Key, v.Count + 1) : (full, 1);
                }
            }
        }

        foreach (var (full, ad) in byKey.Concat(nameOnly))
        {
            var bar = full.IndexOf('|', StringComparison.Ordinal);
            if (bar == full.Length - 1 || full[bar + 1] == '#')
            {
                var nameWithFigures = full[..bar] + full[(bar + 1)..];
                if (agesOfName.TryGetValue(nameWithFigures, out var aged) && aged.Count == 1)
                {
                    uf.Union(ad, byKey[aged.Key]);
                }
            }
        }
    }

    /// <summary>
    /// How many different women the heights and weights of the ads show: the more of the distinct heights and of
    /// the distinct weights, each counted as <see cref="StrongNames"/> counts names.
    /// </summary>
    private static int StrongBodies(ReadOnlySpan<int> ads, int[] bodies)
    {
        var heights = new Dictionary<int, int>();
        var weights = new Dictionary<int, int>();
        foreach (var ad in ads)
        {
            if (Text.BodyStats.Height(bodies[ad]) is > 0 and var h)
            {
                heights[h] = heights.GetValueOrDefault(h) + 1;
            }

            if (Text.BodyStats.Weight(bodies[ad]) is > 0 and var w)
            {
                weights[w] = weights.GetValueOrDefault(w) + 1;
            }
        }

        var byHeight = StrongNames(heights, heights.Values.Sum());
        var byWeight = StrongNames(weights, weights.Values.Sum());
        return Math.Max(byHeight, byWeight);
    }

    private static int DistinctKeys(ReadOnlySpan<int> ads, string?[] keys)
    {
        string? first = null;
        foreach (var ad in ads)
        {
            if (keys[ad] is { } k)
            {
                if (first is null)
                {
                    first = k;
                }
                else if (!string.Equals(first, k, StringComparison.Ordinal))
                {
                    return 2;
                }
            }
        }

        return first is null ? 0 : 1;
    }

    internal static string NormaliseName(string name)
    {
        var words = Text.TextTokenizer.Words(name, 4);
        return string.Join(' ', words.Select(w => w.Hash.ToString("x", System.Globalization.CultureInfo.InvariantCulture)));
    }

    private static void UnionAll(UnionFind uf, ReadOnlySpan<int> ads, bool[]? skip)
    {
        var first = -1;
        foreach (var ad in ads)
        {
            if (skip is not null && skip[ad])
            {
                continue;
            }

            if (first < 0)
            {
                first = ad;
            }
            else
            {
                uf.Union(first, ad);
            }
        }
    }

}
