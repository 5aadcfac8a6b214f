namespace Threadline.Linking.Graph;

/// <summary>
/// Groups ads into network components: everything that shares a phone, e-mail, handle or photo (hubs
/// excepted), phones handed over from one number to the next, and then templates. A template joins a
/// component only when it is a real part of the template's use — at least a fifth of its ads, or
/// several women — so an independent whose own words happen to resemble a network's template (common
/// stock phrases) is not pulled into the network. A template used by single women only links nothing:
/// in the simulated world every advertiser writes from the same sentence banks, and in real data an
/// independent's own text reused by others is what the scam-copy rule handles.
/// </summary>
internal static class NetworkGrouper
{
    private const double MinTemplateShare = 0.2;

    public static (UnionFind Components, List<PhoneHandover.Handover> Handovers, List<TemplateContinuation.Join> Continuations, List<SharedTexts.Join> SharedTexts) Group(IReadOnlyList<AdFeatures> ads, string[][] names, int[] bodies, IdentifierTable table, bool[] hub, bool[] copied, bool[] copier, LinkOptions options)
    {
        var n = ads.Count;
        var uf = new UnionFind(n);
        for (var id = 0; id < table.Count; id++)
        {
            var kind = table.KindOf(id);
            if (hub[id] || kind == EvidenceKind.Template)
            {
                continue;
            }

            var first = -1;
            foreach (var ad in table.AdsOf(id))
            {
                if (kind == EvidenceKind.Photo && copied[ad])
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

        var handovers = PhoneHandover.Link(ads, names, bodies, table, hub, copier, uf, options);

        // Names shown by each component: a component showing several women (each name on several ads)
        // is a group, not an independent.
        var componentNames = PersonaGrouper.NameCountsByGroup(uf, names);
        var women = Women(ads, names, uf);
        var figures = Figures(names, bodies, uf);
        bool SharesWoman(int a, int b) => women.TryGetValue(a, out var x) && women.TryGetValue(b, out var y) && SameWoman(x, y, figures.GetValueOrDefault(a), figures.GetValueOrDefault(b));
        var several = componentNames.Where(kv => PersonaGrouper.StrongNames(kv.Value, kv.Value.Values.Sum(), everyNameBelow: 3) >= 2).Select(kv => kv.Key).ToHashSet();
        bool Several(int root) => several.Contains(root);

        // Only a group whose women are told apart anchors a text: one woman whose name is written several ways is not a
        // group (she still joins others only as a group would: through a woman in common).
        var anchorable = SeveralWomen(ads, names, componentNames, women);

        for (var id = 0; id < table.Count; id++)
        {
            if (hub[id] || table.KindOf(id) != EvidenceKind.Template)
            {
                continue;
            }

            var members = table.AdsOf(id);
            var perComponent = new Dictionary<int, (int Ads, int First, HashSet<string> Names)>();
            var total = 0;
            foreach (var ad in members)
            {
                if (copied[ad])
                {
                    continue;
                }

                total++;
                var root = uf.Find(ad);
                if (!perComponent.TryGetValue(root, out var v))
                {
                    v = (0, ad, new HashSet<string>(StringComparer.Ordinal));
                }

                if (v.Names.Count < 2 && Several(root))
                {
                    v.Names.Add("\u0001several");
                    v.Names.Add("\u0002several");
                }

                perComponent[root] = (v.Ads + 1, v.First, v.Names);
            }

            if (perComponent.Count < 2)
            {
                continue;
            }

            // Only where several women are advertised with the template: independents whose words happen to
            // match (stock phrases) are not glued to each other.
            var anchor = perComponent.Where(kv => kv.Value.Names.Count >= 2 && anchorable.Contains(kv.Key)).Select(kv => kv.Value).OrderByDescending(v => v.Ads).ThenBy(v => v.First).FirstOrDefault();
            if (anchor.Names is null)
            {
                continue;
            }

            // Another group of several women joins only when it advertises one of the anchor's women (the same name, the
            // same age where both state one, and the same height and weight where both give them): a network that changed numbers keeps its women, while two networks
            // whose texts happen to resemble each other (stock phrases from one sentence bank; at a million ads such
            // near-duplicates between unrelated networks are common) mostly share none. A group of one woman joins on
            // its share of the template.
            var anchorRoot = uf.Find(anchor.First);
            var joined = perComponent.Where(kv => kv.Value.First == anchor.First
                    || (kv.Value.Names.Count >= 2 ? SharesWoman(kv.Key, anchorRoot) : kv.Value.Ads >= MinTemplateShare * total))
                .Select(kv => kv.Value).OrderBy(v => v.First).ToList();
            for (var k = 1; k < joined.Count; k++)
            {
                var (ra, rb) = (uf.Find(joined[0].First), uf.Find(joined[k].First));
                if (uf.Union(ra, rb))
                {
                    if (Merged(women.GetValueOrDefault(ra), women.GetValueOrDefault(rb)) is { } both)
                    {
                        women[uf.Find(ra)] = both; // the joined component names the women of both
                    }

                    if (Merged(figures.GetValueOrDefault(ra), figures.GetValueOrDefault(rb)) is { } shown)
                    {
                        figures[uf.Find(ra)] = shown;
                    }
                }
            }
        }

        // Components that write from two texts of few users in common are one writer.
        var shared = SharedTexts.Link(ads, names, table, hub, copied, uf);

        // Then one advertiser's text continuing under another number (issue 15, item 3).
        var continuations = TemplateContinuation.Link(ads, names, table, hub, copied, uf, options);
        return (uf, handovers, continuations, shared);
    }

    /// <summary>
    /// Components that show several women: two strong names (each on enough of its named ads) that are told apart — not
    /// one name spelt two ways with the same age ("Sophie" / "Sofia" / "Софи", 28: similar spelling skeletons, Jaro–Winkler
    /// at least 0.85, and ages a year apart at most where both state one). One independent whose name is written
    /// several ways is one woman, not a group a shared text could anchor.
    /// </summary>
    internal static HashSet<int> SeveralWomen(IReadOnlyList<AdFeatures> ads, string[][] names, Dictionary<int, Dictionary<string, int>> componentNames, Dictionary<int, Dictionary<string, HashSet<int>>> women)
    {
        // A spelling of each name (names are kept as hashed keys of their normalised form): the first ad's as written.
        var spelling = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var ad = 0; ad < names.Length; ad++)
        {
            if (names[ad].Length > 0 && ads[ad].Names.Count > 0)
            {
                spelling.TryAdd(names[ad][0], ads[ad].Names[0]);
            }
        }

        var result = new HashSet<int>();
        foreach (var (root, counts) in componentNames)
        {
            var strong = PersonaGrouper.StrongNameKeys(counts, counts.Values.Sum(), everyNameBelow: 3);
            if (strong.Count < 2)
            {
                continue;
            }

            var ages = women.GetValueOrDefault(root);
            var apart = false;
            for (var i = 0; i < strong.Count && !apart; i++)
            {
                for (var j = i + 1; j < strong.Count && !apart; j++)
                {
                    apart = !OneWomanSpelling(strong[i], strong[j], spelling, ages);
                }
            }

            if (apart)
            {
                result.Add(root);
            }
        }

        return result;
    }

    private static bool OneWomanSpelling(string a, string b, Dictionary<string, string> spelling, Dictionary<string, HashSet<int>>? ages)
    {
        if (!spelling.TryGetValue(a, out var sa) || !spelling.TryGetValue(b, out var sb))
        {
            return false;
        }

        var (ka, kb) = (Text.NameVariants.Skeleton(sa), Text.NameVariants.Skeleton(sb));
        if (!Text.NameVariants.Spellings(ka, kb))
        {
            return false;
        }

        var x = ages?.GetValueOrDefault(a);
        var y = ages?.GetValueOrDefault(b);
        return x is null || y is null || x.Count == 0 || y.Count == 0 || x.Any(p => y.Any(q => Math.Abs(p - q) <= 1));
    }

    /// <summary>Per component (by root), the names its ads give, each with the ages stated with it (none: never stated).</summary>
    internal static Dictionary<int, Dictionary<string, HashSet<int>>> Women(IReadOnlyList<AdFeatures> ads, string[][] names, UnionFind uf) =>
        ByName(names, uf, ad => ads[ad].Ages.Count > 0 ? ads[ad].Ages[0] : null, keepUnstated: true);

    /// <summary>Per component, per name, the complete heights and weights (<see cref="Text.BodyStats"/>) its ads give her.</summary>
    internal static Dictionary<int, Dictionary<string, HashSet<int>>> Figures(string[][] names, int[] bodies, UnionFind uf) =>
        ByName(names, uf, ad => ad < bodies.Length && Text.BodyStats.Complete(bodies[ad]) ? bodies[ad] : null, keepUnstated: false);

    /// <summary>Per component, per name its ads give, the values <paramref name="value"/> reads off those ads; a name whose ads state none is kept (empty) when <paramref name="keepUnstated"/>.</summary>
    private static Dictionary<int, Dictionary<string, HashSet<int>>> ByName(string[][] names, UnionFind uf, Func<int, int?> value, bool keepUnstated)
    {
        var result = new Dictionary<int, Dictionary<string, HashSet<int>>>();
        for (var ad = 0; ad < names.Length; ad++)
        {
            var stated = value(ad);
            if (names[ad].Length == 0 || (stated is null && !keepUnstated))
            {
                continue;
            }

            var root = uf.Find(ad);
            if (!result.TryGetValue(root, out var byName))
            {
                result[root] = byName = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
            }

            if (!byName.TryGetValue(names[ad][0], out var values))
            {
                byName[names[ad][0]] = values = [];
            }

            if (stated is { } v)
            {
                values.Add(v);
            }
        }

        return result;
    }

    /// <summary>
    /// One woman in both: a name they share whose stated ages agree (a year apart at most), or are not stated in one of
    /// them, and whose heights and weights meet where both give them (her figures stay hers from number to number; two
    /// agencies' "Jolie, 25" of different figures are two women).
    /// </summary>
    private static bool SameWoman(Dictionary<string, HashSet<int>> a, Dictionary<string, HashSet<int>> b, Dictionary<string, HashSet<int>>? figuresA, Dictionary<string, HashSet<int>>? figuresB)
    {
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        foreach (var (name, ages) in small)
        {
            if (large.TryGetValue(name, out var other) && (ages.Count == 0 || other.Count == 0 || ages.Any(x => other.Any(y => Math.Abs(x - y) <= 1)))
                && (figuresA?.GetValueOrDefault(name) is not { Count: > 0 } fa || figuresB?.GetValueOrDefault(name) is not { Count: > 0 } fb || fa.Overlaps(fb)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The names and ages of both (the first one, grown), or whichever is not null.</summary>
    private static Dictionary<string, HashSet<int>>? Merged(Dictionary<string, HashSet<int>>? into, Dictionary<string, HashSet<int>>? from)
    {
        if (into is null || from is null || ReferenceEquals(into, from))
        {
            return into ?? from;
        }

        foreach (var (name, ages) in from)
        {
            if (into.TryGetValue(name, out var mine))
            {
                mine.UnionWith(ages);
            }
            else
            {
                into[name] = [.. ages];
            }
        }

        return into;
    }
}
