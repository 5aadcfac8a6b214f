namespace Threadline.Money.Evaluation;

/// <summary>Account-level precision and recall of a set of flagged accounts against the truth.</summary>
/// <param name="Label">What was evaluated (detector and setting).</param>
/// <param name="Flagged">Accounts flagged.</param>
/// <param name="TruePositives">Flagged accounts that are in the truth.</param>
/// <param name="Positives">Accounts in the truth.</param>
public sealed record PrecisionRecall(string Label, int Flagged, int TruePositives, int Positives)
{
    /// <summary>TP / flagged (1 when nothing is flagged).</summary>
    public double Precision => Flagged == 0 ? 1 : (double)TruePositives / Flagged;

    /// <summary>TP / positives.</summary>
    public double Recall => Positives == 0 ? 1 : (double)TruePositives / Positives;

    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Compares flagged accounts with the truth.</summary>
    public static PrecisionRecall Of(string label, IEnumerable<string> flagged, IReadOnlySet<string> truth)
    {
        ArgumentNullException.ThrowIfNull(flagged);
        ArgumentNullException.ThrowIfNull(truth);
        var set = flagged.ToHashSet(StringComparer.Ordinal);
        return new PrecisionRecall(label, set.Count, set.Count(truth.Contains), truth.Count);
    }
}
