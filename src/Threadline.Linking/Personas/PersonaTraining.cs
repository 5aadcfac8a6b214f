using Threadline.Linking.Graph;
using Threadline.Matching.Model;

namespace Threadline.Linking.Personas;

/// <summary>How the persona model's weights are estimated on the input itself (docs/linking.md, "The scored persona model").</summary>
internal static class PersonaTraining
{
    /// <summary>Fewer training pairs than this and EM has no population to learn from: the model does not run.</summary>
    private const int MinTrainingPairs = 500;

    /// <summary>Partners drawn per ad and block for training.</summary>
    private const int PartnersPerAd = 3;

    /// <summary>Random pairs for the starting u.</summary>
    private const int RandomPairs = 20_000;

    /// <summary>
    /// Estimates the model on pairs of single ads, the workspace's own evidence: u from random pairs of ads (nearly all
    /// two women), then EM over pairs of ads that share a phone, e-mail or handle or sit in one network group (up to
    /// <see cref="PartnersPerAd"/> partners per ad and block, drawn with the run's seed). Among these many are one woman
    /// (an independent's ads under her number) and many are two (a controller's women), which is what lets EM tell the
    /// comparisons that separate women from those that only say "one advertiser".
    /// </summary>
    public static FellegiSunterModel? Train(IReadOnlyList<AdFeatures> ads, string[][] names, int[] bodies, IdentifierTable table, bool[] hub, bool[] copierAd, UnionFind network, LinkOptions options)
    {
        var n = ads.Count;
        var single = new UnionFind(n);

        // Names as each ad writes them, not as the rules made them one under an identifier: otherwise one woman's pairs
        // under her number always read "same name", and EM learns that a spelling in another script or letters never is.
        var written = PersonaGrouper.NormalisedNames(ads);
        var parts = PersonaModel.Parts(ads, written, bodies, table, hub, copierAd, single, network, single, options, out _);
        var partOfAd = new int[n];
        Array.Fill(partOfAd, -1);
        for (var p = 0; p < parts.Count; p++)
        {
            partOfAd[parts[p].FirstAd] = p;
        }

        var comparable = parts.Select((p, i) => (p, i)).Where(x => x.p.NameKey is not null).Select(x => x.i).ToArray();
        var comparisons = PartComparisons.All;
        var rng = new Random(options.Seed);
        var random = new List<int[]>(RandomPairs);
        for (var k = 0; k < RandomPairs && comparable.Length > 1; k++)
        {
            var a = comparable[rng.Next(comparable.Length)];
            var b = comparable[rng.Next(comparable.Length)];
            if (a != b && PersonaModel.Comparable(parts[a], parts[b]))
            {
                random.Add(PartComparisons.Compare(parts[a], parts[b], out _));
            }
        }

        var u = ExpectationMaximisation.EstimateU(comparisons, random);
        var blocks = new List<List<int>>();
        for (var id = 0; id < table.Count; id++)
        {
            if (!hub[id] && table.KindOf(id) is not (EvidenceKind.Photo or EvidenceKind.Template))
            {
                blocks.Add(Of(table.AdsOf(id)));
            }
        }

        foreach (var list in network.Members(ad => partOfAd[ad] >= 0).Values)
        {
            blocks.Add(list.Select(ad => partOfAd[ad]).ToList());
        }

        List<int> Of(ReadOnlySpan<int> adsOf)
        {
            var list = new List<int>();
            foreach (var ad in adsOf)
            {
                if (partOfAd[ad] >= 0)
                {
                    list.Add(partOfAd[ad]);
                }
            }

            return list;
        }

        var counts = new Dictionary<string, (int[] Levels, int Count)>(StringComparer.Ordinal);
        foreach (var block in blocks)
        {
            if (block.Count < 2)
            {
                continue;
            }

            foreach (var a in block)
            {
                for (var k = 0; k < PartnersPerAd; k++)
                {
                    var b = block[rng.Next(block.Count)];
                    if (a == b || !PersonaModel.Comparable(parts[a], parts[b]))
                    {
                        continue;
                    }

                    var levels = PartComparisons.Compare(parts[a], parts[b], out _);
                    var key = string.Join(',', levels);
                    counts[key] = counts.TryGetValue(key, out var c) ? (c.Levels, c.Count + 1) : (levels, 1);
                }
            }
        }

        var patterns = counts.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => (kv.Value.Levels, kv.Value.Count)).ToList();
        if (patterns.Sum(p => p.Count) < MinTrainingPairs)
        {
            return null;
        }

        return ExpectationMaximisation.Train(comparisons, patterns, u, new EmOptions()).Model;
    }

    /// <summary>λ re-estimated on the pairs being decided, m and u held (EM on λ alone).</summary>
    public static FellegiSunterModel WithCandidateLambda(FellegiSunterModel model, List<int[]> levels)
    {
        var lambda = model.Lambda;
        var sums = levels.Select(l => model.MatchWeight(l) - model.PriorWeight).ToArray();
        for (var round = 0; round < 200; round++)
        {
            var prior = Math.Log2(lambda / (1 - lambda));
            var next = sums.Average(w => FellegiSunterModel.Probability(prior + w));
            next = Math.Clamp(next, 1e-6, 1 - 1e-6);
            if (Math.Abs(next - lambda) < 1e-7)
            {
                lambda = next;
                break;
            }

            lambda = next;
        }

        return new FellegiSunterModel(model.Comparisons, model.M, model.U, lambda);
    }
}
