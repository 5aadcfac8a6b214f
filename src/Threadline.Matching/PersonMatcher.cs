using Threadline.Matching.Blocking;
using Threadline.Matching.Comparisons;
using Threadline.Matching.Model;
using Threadline.Matching.Records;

namespace Threadline.Matching;

/// <summary>
/// Person matching as Splink does it: blocking rules make candidate pairs, comparisons put each pair into levels,
/// u comes from random pairs and m, λ (and by default u again) from EM on the candidates, and each pair gets a match
/// weight with its evidence. Pure: records in, scored pairs out; an analyst confirms or rejects what it proposes.
/// </summary>
public static class PersonMatcher
{
    /// <summary>Finds duplicates within one list.</summary>
    public static MatchRun Dedupe(IReadOnlyList<PersonRecord> records, MatchOptions? options = null, IReadOnlyList<Comparison>? comparisons = null, IReadOnlyList<BlockingRule>? rules = null)
    {
        ArgumentNullException.ThrowIfNull(records);
        return Run(records.Select(r => new PreparedRecord(r, 0)).ToList(), link: false, options, comparisons, rules);
    }

    /// <summary>Links two lists (pairs across the lists only).</summary>
    public static MatchRun Link(IReadOnlyList<PersonRecord> left, IReadOnlyList<PersonRecord> right, MatchOptions? options = null, IReadOnlyList<Comparison>? comparisons = null, IReadOnlyList<BlockingRule>? rules = null)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return Run(left.Select(r => new PreparedRecord(r, 0)).Concat(right.Select(r => new PreparedRecord(r, 1))).ToList(), link: true, options, comparisons, rules);
    }

    private static MatchRun Run(List<PreparedRecord> records, bool link, MatchOptions? options, IReadOnlyList<Comparison>? comparisons, IReadOnlyList<BlockingRule>? rules)
    {
        var o = options ?? new MatchOptions();
        var cs = comparisons ?? PersonComparisons.Default();
        if (records.Count > MatchOptions.MaxRecords)
        {
            throw new ArgumentException($"{records.Count:N0} records; at most {MatchOptions.MaxRecords:N0} per run");
        }

        if (cs.Count is 0 or > 16 || cs.Any(c => c.Levels.Count is < 2 or > 15))
        {
            throw new ArgumentException("1-16 comparisons of 2-15 levels each");
        }

        var candidates = Blocker.Candidates(records, rules ?? BlockingRule.PersonDefaults, link, o.MaxBlockSize);
        if (candidates.Pairs.Count == 0)
        {
            throw new InvalidOperationException("blocking found no candidate pairs; nothing to train on");
        }

        var u = ExpectationMaximisation.EstimateU(cs, RandomPairs(records, link, o.RandomPairs, o.Seed).Select(p => Levels(cs, records[p.A], records[p.B])));

        // Group candidate pairs by comparison vector (4 bits a level, -1 stored as 15).
        var vectors = new ulong[candidates.Pairs.Count];
        var patterns = new Dictionary<ulong, int>();
        for (var i = 0; i < vectors.Length; i++)
        {
            var (a, b) = candidates.Pairs[i];
            vectors[i] = Pack(Levels(cs, records[a], records[b]));
            patterns[vectors[i]] = patterns.GetValueOrDefault(vectors[i]) + 1;
        }

        var keys = patterns.Keys.Order().ToList();
        var em = ExpectationMaximisation.Train(cs, keys.Select(k => (Unpack(k, cs.Count), patterns[k])).ToList(), u, o.Em ?? new EmOptions());
        var weightOf = keys.ToDictionary(k => k, k => em.Model.MatchWeight(Unpack(k, cs.Count)));
        var scored = new ScoredPair[vectors.Length];
        for (var i = 0; i < vectors.Length; i++)
        {
            var w = weightOf[vectors[i]];
            scored[i] = new ScoredPair(candidates.Pairs[i].A, candidates.Pairs[i].B, w, FellegiSunterModel.Probability(w));
        }

        return new MatchRun(records, candidates, em, scored);
    }

    internal static int[] Levels(IReadOnlyList<Comparison> cs, PreparedRecord a, PreparedRecord b)
    {
        var levels = new int[cs.Count];
        for (var c = 0; c < cs.Count; c++)
        {
            levels[c] = cs[c].Level(a, b);
        }

        return levels;
    }

    private static IEnumerable<(int A, int B)> RandomPairs(List<PreparedRecord> records, bool link, int count, int seed)
    {
        var rng = new Random(seed);
        var left = link ? records.Select((r, i) => (r, i)).Where(x => x.r.Side == 0).Select(x => x.i).ToArray() : null;
        var right = link ? records.Select((r, i) => (r, i)).Where(x => x.r.Side == 1).Select(x => x.i).ToArray() : null;
        for (var n = 0; n < count; n++)
        {
            if (link)
            {
                if (left!.Length == 0 || right!.Length == 0)
                {
                    yield break;
                }

                yield return (left[rng.Next(left.Length)], right[rng.Next(right.Length)]);
            }
            else
            {
                if (records.Count < 2)
                {
                    yield break;
                }

                var a = rng.Next(records.Count);
                var b = rng.Next(records.Count - 1);
                yield return (a, b >= a ? b + 1 : b);
            }
        }
    }

    private static ulong Pack(int[] levels)
    {
        ulong v = 0;
        for (var c = 0; c < levels.Length; c++)
        {
            v |= (ulong)(levels[c] < 0 ? 15 : levels[c]) << (4 * c);
        }

        return v;
    }

    private static int[] Unpack(ulong v, int count)
    {
        var levels = new int[count];
        for (var c = 0; c < count; c++)
        {
            var l = (int)((v >> (4 * c)) & 15);
            levels[c] = l == 15 ? -1 : l;
        }

        return levels;
    }
}
