namespace Threadline.Matching.Evaluation;

/// <summary>Pairwise precision, recall and F1 of predicted pairs against true pairs (pairs as unordered id pairs).</summary>
public sealed record PairwiseMetrics(long TruePositives, long FalsePositives, long FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Compares predicted pairs with the truth (both as unordered pairs of ids).</summary>
    public static PairwiseMetrics Compute(IEnumerable<(string, string)> predicted, IReadOnlySet<(string, string)> truth)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(truth);
        long tp = 0, fp = 0;
        var seen = new HashSet<(string, string)>();
        foreach (var p in predicted)
        {
            var key = Ordered(p);
            if (!seen.Add(key))
            {
                continue;
            }

            if (truth.Contains(key))
            {
                tp++;
            }
            else
            {
                fp++;
            }
        }

        return new PairwiseMetrics(tp, fp, truth.Count - tp);
    }

    /// <summary>An unordered pair in its canonical (ordinal) order.</summary>
    public static (string, string) Ordered((string A, string B) p) => string.CompareOrdinal(p.A, p.B) <= 0 ? p : (p.B, p.A);
}
