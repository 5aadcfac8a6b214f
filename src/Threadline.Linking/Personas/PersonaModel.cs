using Threadline.Linking.Graph;
using Threadline.Linking.Text;
using Threadline.Matching.Model;

namespace Threadline.Linking.Personas;

/// <summary>
/// The scored persona model (issue 15, item 2): decides which parts of personas are one woman from comparable evidence
/// — name (spellings, scripts, shortenings), age, height and weight, photo, number, template, place and time — with
/// weights that Fellegi–Sunter EM estimates on the workspace itself, hard constraints kept as constraints (ages more
/// than a year apart, in two cities on several days) and every join's evidence kept (<see cref="PersonaDecision"/>).
/// Blocking keeps it near-linear: only parts that share a phone, e-mail or handle, or sit in one network group, and
/// that both name someone or both show photos, are compared. docs/linking.md, "The scored persona model".
/// </summary>
internal static class PersonaModel
{
    /// <summary>A block with more parts than this is not searched (bounds the pairwise work; counted).</summary>
    public const int MaxBlock = 300;

    /// <summary>A join made, with its ads (one per part) and evidence.</summary>
    public sealed record Join(int AdA, int AdB, PersonaDecision Decision);

    public sealed record Outcome(List<Join> Joins, PersonaModelSummary? Summary);

    public static Outcome Resolve(IReadOnlyList<AdFeatures> ads, string[][] names, int[] bodies, IdentifierTable table, bool[] hub, bool[] copierAd, UnionFind personas, UnionFind network, UnionFind beforeSplit, LinkOptions options)
    {
        var parts = Parts(ads, names, bodies, table, hub, copierAd, personas, network, beforeSplit, options, out var partOfRoot);
        if (parts.Count < 2)
        {
            return new Outcome([], null);
        }

        // Blocking: parts under one phone, e-mail or handle, and parts of one network group.
        var blocks = new List<List<int>>();
        for (var id = 0; id < table.Count; id++)
        {
            if (hub[id] || table.KindOf(id) is EvidenceKind.Photo or EvidenceKind.Template)
            {
                continue;
            }

            var block = new List<int>();
            foreach (var ad in table.AdsOf(id))
            {
                if (partOfRoot.TryGetValue(personas.Find(ad), out var p) && (block.Count == 0 || !block.Contains(p)))
                {
                    block.Add(p);
                }
            }

            if (block.Count > 1)
            {
                blocks.Add(block);
            }
        }

        foreach (var group in Enumerable.Range(0, parts.Count).GroupBy(p => parts[p].Network))
        {
            var block = group.ToList();
            if (block.Count > 1)
            {
                blocks.Add(block);
            }
        }

        var seen = new HashSet<long>();
        var candidates = new List<(int A, int B, int[] Levels, int Apart)>();
        foreach (var block in blocks)
        {
            if (block.Count > MaxBlock)
            {
                continue;
            }

            for (var i = 0; i < block.Count; i++)
            {
                for (var j = i + 1; j < block.Count; j++)
                {
                    var (a, b) = block[i] < block[j] ? (block[i], block[j]) : (block[j], block[i]);
                    if (!Comparable(parts[a], parts[b]) || !seen.Add(((long)a << 32) | (uint)b))
                    {
                        continue;
                    }

                    var levels = PartComparisons.Compare(parts[a], parts[b], out var apart);

                    // The same name and the same age is the rules' own key (rules 2, 2b, 2d): two such parts were kept
                    // apart on purpose (different figures under the number, two women of one working name).
                    if (levels[PartComparisons.Name] == 0 && levels[PartComparisons.Age] == 0)
                    {
                        continue;
                    }

                    candidates.Add((a, b, levels, apart));
                }
            }
        }

        if (candidates.Count == 0)
        {
            return new Outcome([], null);
        }

        if (PersonaTraining.Train(ads, names, bodies, table, hub, copierAd, network, options) is not { } model)
        {
            return new Outcome([], null);
        }

        // Joins, strongest first; a join must keep every pair of the two sides free of a hard constraint and of a
        // different name.
        // The share of one woman among these candidates is not the training pairs' share: λ is re-estimated on them
        // with m and u held (EM on λ alone), so that the prior weight fits the pairs being decided.
        model = PersonaTraining.WithCandidateLambda(model, candidates.Select(c => c.Levels).ToList());
        var comparisons = PartComparisons.All;
        var order = candidates.Select((c, i) => (Weight: model.MatchWeight(c.Levels), Index: i)).Where(x => FellegiSunterModel.Probability(x.Weight) >= options.PersonaMatchProbability)
            .OrderByDescending(x => x.Weight).ThenBy(x => x.Index).ToList();
        var cluster = new UnionFind(parts.Count);
        var members = Enumerable.Range(0, parts.Count).Select(p => new List<int> { p }).ToArray();
        var joins = new List<Join>();
        var refused = 0;
        foreach (var (weight, index) in order)
        {
            var (a, b, levels, apart) = candidates[index];
            var ra = cluster.Find(a);
            var rb = cluster.Find(b);
            if (ra == rb)
            {
                continue;
            }

            if (PartComparisons.Forbidden(levels, apart) || parts[a].BeforeSplit == parts[b].BeforeSplit || !Compatible(parts, members[ra], members[rb]))
            {
                refused++;
                continue;
            }

            cluster.Union(ra, rb);
            var root = cluster.Find(ra);
            var merged = members[ra];
            merged.AddRange(members[rb]);
            members[root] = merged;
            personas.Union(parts[a].FirstAd, parts[b].FirstAd);
            joins.Add(new Join(parts[a].FirstAd, parts[b].FirstAd, Explain(ads, parts[a], parts[b], levels, model, weight)));
        }

        var summary = new PersonaModelSummary(model.Lambda, candidates.Count, joins.Count, refused, comparisons.Select((c, i) => new ComparisonSummary(c.Name,
            c.Levels.Select((l, k) => new LevelSummary(l, model.M[i][k], model.U[i][k], model.Weight(i, k))).ToArray())).ToArray());
        return new Outcome(joins, summary);
    }

    /// <summary>
    /// Both name someone. Parts that show photos but no name are left to the rules (rule 1 joins a photo set, rule 3
    /// refuses two photo sets under one number): with nothing but photos, numbers and places to compare, a controller's
    /// two women look like one.
    /// </summary>
    internal static bool Comparable(PersonaPart a, PersonaPart b) => a.NameKey is not null && b.NameKey is not null;

    /// <summary>No pair across the two sides is forbidden or names two different women.</summary>
    private static bool Compatible(List<PersonaPart> parts, List<int> left, List<int> right)
    {
        foreach (var x in left)
        {
            foreach (var y in right)
            {
                var levels = PartComparisons.Compare(parts[x], parts[y], out var apart);
                if (PartComparisons.Forbidden(levels, apart) || parts[x].BeforeSplit == parts[y].BeforeSplit || levels[PartComparisons.Name] == PartComparisons.NameDifferent)
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static PersonaDecision Explain(IReadOnlyList<AdFeatures> ads, PersonaPart a, PersonaPart b, int[] levels, FellegiSunterModel model, double weight)
    {
        var comparisons = PartComparisons.All;
        var list = new List<FeatureLevel>();
        for (var c = 0; c < levels.Length; c++)
        {
            if (levels[c] >= 0)
            {
                list.Add(new FeatureLevel(comparisons[c].Name, comparisons[c].Levels[levels[c]], Math.Round(model.Weight(c, levels[c]), 3)));
            }
        }

        return new PersonaDecision(ads[a.FirstAd].AdId, ads[b.FirstAd].AdId, Math.Round(weight, 3), Math.Round(FellegiSunterModel.Probability(weight), 4), list);
    }

    /// <summary>The persona parts (groups of the rules), copiers' ads left out.</summary>
    internal static List<PersonaPart> Parts(IReadOnlyList<AdFeatures> ads, string[][] names, int[] bodies, IdentifierTable table, bool[] hub, bool[] copierAd, UnionFind personas, UnionFind network, UnionFind beforeSplit, LinkOptions options, out Dictionary<int, int> partOfRoot)
    {
        var groups = personas.Members(ad => !copierAd[ad]);
        var parts = new List<PersonaPart>(groups.Count);
        partOfRoot = new Dictionary<int, int>(groups.Count);
        foreach (var (root, list) in groups.OrderBy(g => g.Value[0]))
        {
            // A group holding a copier's ad is left alone (its names are the copied women's).
            if (list.Count != personas.SizeOf(root))
            {
                continue;
            }

            var name = Most(list.Where(ad => ads[ad].Names.Count > 0 && names[ad].Length > 0).Select(ad => names[ad][0]));
            string? raw = null;
            if (name is not null)
            {
                raw = Most(list.Where(ad => ads[ad].Names.Count > 0 && names[ad].Length > 0 && string.Equals(names[ad][0], name, StringComparison.Ordinal)).Select(ad => ads[ad].Names[0]));
            }

            var age = Most(list.Where(ad => ads[ad].Ages.Count > 0).Select(ad => ads[ad].Ages[0].ToString(System.Globalization.CultureInfo.InvariantCulture)));
            var figure = Most(list.Where(ad => BodyStats.Complete(bodies[ad])).Select(ad => bodies[ad].ToString(System.Globalization.CultureInfo.InvariantCulture)));
            var photos = new HashSet<int>();
            var templates = new HashSet<int>();
            var numbers = new HashSet<int>();
            var days = new Dictionary<int, HashSet<string>>();
            var first = int.MaxValue;
            var last = int.MinValue;
            foreach (var ad in list)
            {
                foreach (var id in table.OfAd(ad))
                {
                    if (hub[id])
                    {
                        continue;
                    }

                    (table.KindOf(id) switch { EvidenceKind.Photo => photos, EvidenceKind.Template => templates, _ => numbers }).Add(id);
                }

                var day = (int)(ads[ad].PostedAt.UtcTicks / TimeSpan.TicksPerDay);
                first = Math.Min(first, day);
                last = Math.Max(last, day);
                if (!string.IsNullOrWhiteSpace(ads[ad].City))
                {
                    var city = options.CityKey?.Invoke(ads[ad].City!) ?? ads[ad].City!.Trim().ToUpperInvariant();
                    if (!days.TryGetValue(day, out var set))
                    {
                        days[day] = set = new HashSet<string>(StringComparer.Ordinal);
                    }

                    set.Add(city);
                }
            }

            partOfRoot[root] = parts.Count;
            parts.Add(new PersonaPart
            {
                FirstAd = list[0],
                Network = network.Find(list[0]),
                BeforeSplit = beforeSplit.Find(list[0]),
                Name = raw,
                NameKey = name,
                Skeleton = raw is null ? "" : NameVariants.Skeleton(raw),
                Syllables = raw is null ? [] : Romanisation.Readings(raw),
                Aliases = [.. list.SelectMany(ad => names[ad].Skip(1)).Where(a => !string.Equals(a, name, StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
                Age = age is null ? -1 : int.Parse(age, System.Globalization.CultureInfo.InvariantCulture),
                Figure = figure is null ? 0 : int.Parse(figure, System.Globalization.CultureInfo.InvariantCulture),
                Photos = [.. photos],
                Templates = [.. templates],
                Numbers = [.. numbers],
                Days = days.ToDictionary(kv => kv.Key, kv => kv.Value.Order(StringComparer.Ordinal).ToArray()),
                FirstDay = first,
                LastDay = last,
            });
        }

        return parts;
    }

    private static string? Most(IEnumerable<string> values)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var v in values)
        {
            if (!counts.TryGetValue(v, out var c))
            {
                order.Add(v);
            }

            counts[v] = c + 1;
        }

        if (order.Count == 0)
        {
            return null;
        }

        var best = order[0];
        foreach (var v in order)
        {
            if (counts[v] > counts[best])
            {
                best = v;
            }
        }

        return best;
    }
}
