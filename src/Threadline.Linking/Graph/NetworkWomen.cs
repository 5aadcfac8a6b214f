namespace Threadline.Linking.Graph;

/// <summary>
/// A network is never one woman (issue 15, item 7). A network component is a lead only when at least two of its
/// personas are told apart by person-level evidence: different names (each on two ads or more, where six ads or more are named; two
/// spellings of one name are one), the same name with ages that differ by more than a year, different heights and weights (or heights,
/// or weights, that never meet), photo sets that share nothing, or ads in two cities on the same days (within a day, on three days or
/// more). Otherwise its personas are one woman whose ads the persona rules split (a missed or misread name, ads that name nobody, one
/// unnamed woman under each of a controller's numbers) and become one persona again: no network. A copier's ads (other advertisers'
/// ads posted under its number) never join anyone: they are taken out of every component into their own.
/// </summary>
internal static class NetworkWomen
{
    /// <summary>Days on which two personas are advertised in different cities (within a day) that tell them apart.</summary>
    private const int ApartDays = 3;

    /// <summary>What the check did: components merged into one persona, copier ads taken out.</summary>
    public sealed record Outcome(UnionFind Network, int Merged, int CopierAdsDetached);

    private sealed class Woman
    {
        public Dictionary<string, int> Names { get; } = new(StringComparer.Ordinal);

        public HashSet<int> Ages { get; } = [];

        public HashSet<int> Bodies { get; } = [];

        /// <summary>Heights and weights given on their own too (an ad may give one of the two).</summary>
        public HashSet<int> Heights { get; } = [];

        public HashSet<int> Weights { get; } = [];

        public HashSet<int> Photos { get; } = [];

        public Dictionary<int, string> CityByDay { get; } = [];

        /// <summary>The spelling skeleton of each name as first written (<see cref="Text.NameVariants.Skeleton"/>).</summary>
        public Dictionary<string, string> Skeletons { get; } = new(StringComparer.Ordinal);

        /// <summary>The name she is given most, when given on <see cref="MinNamed"/> ads or more (a misread word is no second woman).</summary>
        public string? Name => Names.Count == 0 ? null : Names.Where(kv => kv.Value >= MinNamed).OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key).FirstOrDefault();

        public int MinNamed { get; set; } = 2;
    }

    public static Outcome Enforce(IReadOnlyList<AdFeatures> ads, string[][] names, int[] bodies, IdentifierTable table, bool[] hub, UnionFind network, UnionFind personas, bool[] copierAd, LinkOptions options)
    {
        var n = ads.Count;
        var components = network.Members(ad => !copierAd[ad]);
        var merged = 0;
        foreach (var members in components.Values)
        {
            var women = new Dictionary<int, Woman>();
            foreach (var ad in members)
            {
                var root = personas.Find(ad);
                if (!women.TryGetValue(root, out var w))
                {
                    women[root] = w = new Woman();
                }

                Describe(ads[ad], names[ad], bodies[ad], table.OfAd(ad), table, hub, w, options);
            }

            // With few named ads every name counts (as in PersonaGrouper.StrongNames); otherwise a name must be on two.
            var named = women.Values.Sum(w => w.Names.Values.Sum());
            foreach (var w in women.Values)
            {
                w.MinNamed = named < 6 ? 1 : 2;
            }

            // Only a woman split by a missed name or by her numbers: one name among the personas, or none, and nothing else
            // that tells two of them apart. An agency that never names its women still tells them apart by their figures,
            // photos or places; a controller's one unnamed woman under three numbers one after the other is one woman.
            if (women.Count < 2 || AnyTwoApart([.. women.Values]))
            {
                continue;
            }

            foreach (var ad in members)
            {
                personas.Union(members[0], ad);
            }

            merged++;
        }

        // The network components again, without the copiers' ads (each copier's ads stay with its own persona).
        var result = new UnionFind(n);
        var detached = 0;
        foreach (var members in components.Values)
        {
            foreach (var ad in members)
            {
                result.Union(members[0], ad);
            }
        }

        var copierPersona = new Dictionary<int, int>();
        for (var ad = 0; ad < n; ad++)
        {
            if (!copierAd[ad])
            {
                continue;
            }

            detached++;
            var root = personas.Find(ad);
            if (copierPersona.TryGetValue(root, out var first))
            {
                result.Union(first, ad);
            }
            else
            {
                copierPersona[root] = ad;
            }
        }

        return new Outcome(result, merged, detached);
    }

    private static void Describe(AdFeatures ad, string[] names, int body, IReadOnlyList<int> ids, IdentifierTable table, bool[] hub, Woman w, LinkOptions options)
    {
        if (names.Length > 0)
        {
            w.Names[names[0]] = w.Names.GetValueOrDefault(names[0]) + 1;
            if (ad.Names.Count > 0 && !w.Skeletons.ContainsKey(names[0]))
            {
                w.Skeletons[names[0]] = Text.NameVariants.Skeleton(ad.Names[0]);
            }
        }

        foreach (var age in ad.Ages)
        {
            w.Ages.Add(age);
        }

        if (Text.BodyStats.Complete(body))
        {
            w.Bodies.Add(body);
        }

        if (Text.BodyStats.Height(body) > 0)
        {
            w.Heights.Add(Text.BodyStats.Height(body));
        }

        if (Text.BodyStats.Weight(body) > 0)
        {
            w.Weights.Add(Text.BodyStats.Weight(body));
        }

        foreach (var id in ids)
        {
            if (!hub[id] && table.KindOf(id) == EvidenceKind.Photo)
            {
                w.Photos.Add(id);
            }
        }

        if (!string.IsNullOrWhiteSpace(ad.City))
        {
            var day = DateOnly.FromDateTime(ad.PostedAt.UtcDateTime).DayNumber;
            var city = Movements.CityNames.Key(ad.City, options);
            if (w.CityByDay.TryGetValue(day, out var seen) && !string.Equals(seen, city, StringComparison.Ordinal))
            {
                w.CityByDay[day] = "";
            }
            else
            {
                w.CityByDay.TryAdd(day, city);
            }
        }
    }

    /// <summary>
    /// Whether two of the personas are told apart; pairwise, but a component shows a second name early. Two spellings of
    /// one name ("Sofia" / "Sophie" / "Софи": spelling skeletons with Jaro–Winkler at least 0.85, as
    /// <see cref="NetworkGrouper"/> tells a group's women apart) are not a second name by themselves: their ages,
    /// figures, photos or places must tell them apart.
    /// </summary>
    private static bool AnyTwoApart(List<Woman> women)
    {
        Woman? first = null;
        foreach (var w in women)
        {
            if (w.Name is { } name)
            {
                first ??= w;
                if (!string.Equals(first.Name, name, StringComparison.Ordinal) && !Spellings(first, w))
                {
                    return true;
                }
            }
        }

        for (var i = 0; i < women.Count; i++)
        {
            for (var j = i + 1; j < women.Count && j < i + 200; j++)
            {
                if (Apart(women[i], women[j]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>True when the two women's names are spellings of one name.</summary>
    private static bool Spellings(Woman a, Woman b)
    {
        var ka = a.Skeletons.GetValueOrDefault(a.Name!, "");
        var kb = b.Skeletons.GetValueOrDefault(b.Name!, "");
        return Text.NameVariants.Spellings(ka, kb);
    }

    private static bool Apart(Woman a, Woman b)
    {
        if (a.Name is not null && b.Name is not null && a.Ages.Count > 0 && b.Ages.Count > 0
            && !a.Ages.Any(x => b.Ages.Contains(x) || b.Ages.Contains(x - 1) || b.Ages.Contains(x + 1)))
        {
            return true;
        }

        if (a.Bodies.Count > 0 && b.Bodies.Count > 0 && !a.Bodies.Overlaps(b.Bodies))
        {
            return true;
        }

        // Heights, or weights, that never meet: an agency's unnamed women whose ads give only "51kg" or "61kg".
        if ((a.Heights.Count > 0 && b.Heights.Count > 0 && !a.Heights.Overlaps(b.Heights))
            || (a.Weights.Count > 0 && b.Weights.Count > 0 && !a.Weights.Overlaps(b.Weights)))
        {
            return true;
        }

        if (a.Photos.Count > 0 && b.Photos.Count > 0 && !a.Photos.Overlaps(b.Photos))
        {
            return true;
        }

        // Days on which one is advertised in a city and the other, that day or the next or the one before, in another
        // (a woman who moves on changes city once: one or two such days at the move).
        var days = 0;
        foreach (var (day, city) in a.CityByDay)
        {
            if (city.Length == 0)
            {
                continue;
            }

            for (var d = day - 1; d <= day + 1; d++)
            {
                if (b.CityByDay.TryGetValue(d, out var other) && other.Length > 0 && !string.Equals(city, other, StringComparison.Ordinal))
                {
                    if (++days >= ApartDays)
                    {
                        return true;
                    }

                    break;
                }
            }
        }

        return false;
    }
}
