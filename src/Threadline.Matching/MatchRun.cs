using Threadline.Matching.Blocking;
using Threadline.Matching.Model;
using Threadline.Matching.Records;

namespace Threadline.Matching;

/// <summary>The outcome of a matching run: the trained model, every scored candidate pair, and what blocking left out.</summary>
public sealed class MatchRun
{
    internal MatchRun(IReadOnlyList<PreparedRecord> records, CandidateSet candidates, EmResult em, IReadOnlyList<ScoredPair> pairs)
    {
        Records = records;
        Candidates = candidates;
        Training = em;
        Pairs = pairs;
    }

    public IReadOnlyList<PreparedRecord> Records { get; }

    public CandidateSet Candidates { get; }

    public EmResult Training { get; }

    public FellegiSunterModel Model => Training.Model;

    /// <summary>Every candidate pair, scored.</summary>
    public IReadOnlyList<ScoredPair> Pairs { get; }

    /// <summary>The pairs at or above <paramref name="threshold"/> (match probability), highest first.</summary>
    public IReadOnlyList<ScoredPair> Matches(double threshold) =>
        Pairs.Where(p => p.Probability >= threshold).OrderByDescending(p => p.Weight).ThenBy(p => p.A).ThenBy(p => p.B).ToList();

    /// <summary>The evidence of one pair, comparison by comparison (levels that could not be compared are left out).</summary>
    public IReadOnlyList<MatchEvidence> Explain(ScoredPair pair)
    {
        var a = Records[pair.A];
        var b = Records[pair.B];
        var list = new List<MatchEvidence>();
        for (var c = 0; c < Model.Comparisons.Count; c++)
        {
            var comparison = Model.Comparisons[c];
            var level = comparison.Level(a, b);
            if (level >= 0)
            {
                list.Add(new MatchEvidence(comparison.Name, comparison.Levels[level], Model.Weight(c, level)));
            }
        }

        return list;
    }
}
