using Threadline.Matching.Comparisons;

namespace Threadline.Matching.Model;

/// <summary>
/// A Fellegi–Sunter model (Fellegi and Sunter 1969): for each comparison level, m = P(level | match) and
/// u = P(level | non-match); a pair's match weight is log2(λ/(1−λ)) + Σ log2(m/u) over the comparisons it can make,
/// and its match probability follows from the weight. λ is the share of matches among the pairs the model was trained
/// on (the candidate pairs).
/// </summary>
public sealed class FellegiSunterModel
{
    public FellegiSunterModel(IReadOnlyList<Comparison> comparisons, double[][] m, double[][] u, double lambda)
    {
        Comparisons = comparisons ?? throw new ArgumentNullException(nameof(comparisons));
        M = m;
        U = u;
        Lambda = lambda is > 0 and < 1 ? lambda : throw new ArgumentOutOfRangeException(nameof(lambda), lambda, "in (0, 1)");
        if (m.Length != comparisons.Count || u.Length != comparisons.Count)
        {
            throw new ArgumentException("one m and one u row per comparison");
        }
    }

    public IReadOnlyList<Comparison> Comparisons { get; }

    public double[][] M { get; }

    public double[][] U { get; }

    public double Lambda { get; }

    /// <summary>log2(m/u) of one level; 0 for "cannot compare" (-1).</summary>
    public double Weight(int comparison, int level) => level < 0 ? 0 : Math.Log2(M[comparison][level] / U[comparison][level]);

    /// <summary>The prior weight log2(λ/(1−λ)).</summary>
    public double PriorWeight => Math.Log2(Lambda / (1 - Lambda));

    /// <summary>The match weight of a pair with these levels.</summary>
    public double MatchWeight(ReadOnlySpan<int> levels)
    {
        var w = PriorWeight;
        for (var c = 0; c < levels.Length; c++)
        {
            w += Weight(c, levels[c]);
        }

        return w;
    }

    /// <summary>The match probability of a weight: 2^w / (1 + 2^w).</summary>
    public static double Probability(double weight) => 1 / (1 + Math.Pow(2, -weight));
}
