namespace Threadline.Linking.Graph;

/// <summary>
/// Splits ads into personas (one advertised person). Person-level evidence only: the same photo, the
/// same name under the same phone or template, a phone, e-mail or handle whose ads show one person
/// only (not two different photo sets or names), and near-identical text under a shared phone.
/// A controller's or agency's phone that shows several women links them into a network, not a persona.
/// </summary>
internal static class PersonaGrouper
{
    public static UnionFind Group(IReadOnlyList<AdFeatures> ads, IdentifierTable table, bool[] hub, bool[] copied, Text.TextSignatures sigs, LinkOptions options)
    {
        var n = ads.Count;
        var uf = new UnionFind(n);
        var names = NormalisedNames(ads);

        // 1. The same photo (photo clusters that are not hubs).
        for (var id = 0; id < table.Count; id++)
        {
            if (!hub[id] && table.KindOf(id) == EvidenceKind.Photo)
            {
                UnionAll(uf, table.AdsOf(id), copied);
            }
        }

        // 2. The same name under the same phone, e-mail, handle or template.
        for (var id = 0; id < table.Count; id++)
        {
            if (hub[id] || table.KindOf(id) == EvidenceKind.Photo)
            {
                continue;
            }

            var byName = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var ad in table.AdsOf(id))
            {
                foreach (var name in names[ad])
                {
                    if (byName.TryGetValue(name, out var first))
                    {
                        Union(uf, first, ad);
                    }
                    else
                    {
                        byName[name] = ad;
                    }
                }
            }
        }

        // 3. Phones, e-mails and handles whose ads show one person only.
        var marked = new bool[n];
        for (var i = 0; i < n; i++)
        {
            marked[i] = names[i].Length > 0 || ads[i].ImageHashes.Count > 0;
        }

        for (var id = 0; id < table.Count; id++)
        {
            var kind = table.KindOf(id);
            if (hub[id] || kind is EvidenceKind.Photo or EvidenceKind.Template)
            {
                continue;
            }

            var adsOf = table.AdsOf(id);
            var roots = new HashSet<int>();
            var nameSet = new HashSet<string>(StringComparer.Ordinal);
            foreach (var ad in adsOf)
            {
                if (marked[ad])
                {
                    roots.Add(uf.Find(ad));
                }

                nameSet.UnionWith(names[ad]);
            }

            if (roots.Count <= 1 && nameSet.Count <= 1)
            {
                UnionAll(uf, adsOf, null);
            }
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
                Union(uf, i, best);
            }
        }

        return uf;
    }

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

    private static void Union(UnionFind uf, int a, int b) => uf.Union(a, b);
}
