namespace Threadline.Linking;

/// <summary>
/// Clustering metrics from the contingency table of two labelings, in linear time: pairwise precision,
/// recall and F1 (as in entity-resolution evaluation) and the adjusted Rand index (Hubert and Arabie 1985).
/// A null label means "alone": the item is its own cluster.
/// </summary>
public static class ClusteringMetrics
{
    /// <summary>Compares <paramref name="predicted"/> with <paramref name="truth"/>, item by item (same length).</summary>
    public static ClusteringScores Compare(IReadOnlyList<string?> truth, IReadOnlyList<string?> predicted)
    {
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(predicted);
        if (truth.Count != predicted.Count)
        {
            throw new ArgumentException("truth and predicted labels must have the same length", nameof(predicted));
        }

        var n = truth.Count;
        var cells = new Dictionary<(string, string), long>();
        var rows = new Dictionary<string, long>(StringComparer.Ordinal);
        var cols = new Dictionary<string, long>(StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            var t = truth[i] ?? "\0alone:" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var p = predicted[i] ?? "\0alone:" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            cells[(t, p)] = cells.GetValueOrDefault((t, p)) + 1;
            rows[t] = rows.GetValueOrDefault(t) + 1;
            cols[p] = cols.GetValueOrDefault(p) + 1;
        }

        static double Pairs(long k) => k * (k - 1) / 2.0;
        var correct = cells.Values.Sum(Pairs);
        var truePairs = rows.Values.Sum(Pairs);
        var predPairs = cols.Values.Sum(Pairs);
        var precision = predPairs == 0 ? 1 : correct / predPairs;
        var recall = truePairs == 0 ? 1 : correct / truePairs;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        var total = Pairs(n);
        var expected = total == 0 ? 0 : truePairs * predPairs / total;
        var max = (truePairs + predPairs) / 2;
        var ari = max - expected == 0 ? 1 : (correct - expected) / (max - expected);
        return new ClusteringScores(n, (long)truePairs, (long)predPairs, (long)correct, precision, recall, f1, ari);
    }
}
