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

    public static (UnionFind Components, List<PhoneHandover.Handover> Handovers) Group(IReadOnlyList<AdFeatures> ads, string[][] names, int[] bodies, IdentifierTable table, bool[] hub, bool[] copied, bool[] copier, LinkOptions options)
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
        var several = componentNames.Where(kv => PersonaGrouper.StrongNames(kv.Value, kv.Value.Values.Sum(), everyNameBelow: 3) >= 2).Select(kv => kv.Key).ToHashSet();
        bool Several(int root) => several.Contains(root);

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
            var anchor = perComponent.Values.Where(v => v.Names.Count >= 2).OrderByDescending(v => v.Ads).ThenBy(v => v.First).FirstOrDefault();
            if (anchor.Names is null)
            {
                continue;
            }

            var joined = perComponent.Values.Where(v => v.First == anchor.First || v.Names.Count >= 2 || v.Ads >= MinTemplateShare * total).OrderBy(v => v.First).ToList();
            for (var k = 1; k < joined.Count; k++)
            {
                uf.Union(joined[0].First, joined[k].First);
            }
        }

        return (uf, handovers);
    }
}
