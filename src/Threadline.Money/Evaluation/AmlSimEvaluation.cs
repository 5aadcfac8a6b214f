using System.Globalization;
using Threadline.Money.Detectors;

namespace Threadline.Money.Evaluation;

/// <summary>
/// Account-level precision and recall of the fan-in and cycle detectors against AMLSim's <c>isFraud</c>.
/// Two readings per setting: the centre accounts only, and the centres with every member (the
/// senders of a fan-in, every account of a cycle), since AMLSim marks all members of a pattern.
/// </summary>
public static class AmlSimEvaluation
{
    /// <summary>Fan-in settings evaluated (window days, minimum distinct senders).</summary>
    public static IReadOnlyList<(int Days, int Senders, int Repeats)> FanInSettings { get; } = [(5, 3, 1), (150, 4, 1), (150, 8, 1), (150, 1, 2), (150, 2, 2), (40, 1, 2), (40, 2, 2)];

    /// <summary>Cycle settings evaluated (window days, max hops, amount tolerance).</summary>
    public static IReadOnlyList<(int Days, int Hops, double? Tolerance)> CycleSettings { get; } = [(10, 6, null), (30, 6, null), (30, 6, 0.2), (60, 8, 0.2)];

    /// <summary>Runs the fan-in settings.</summary>
    public static IReadOnlyList<PrecisionRecall> FanIn(AmlSimDataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var rows = new List<PrecisionRecall>();
        foreach (var (days, senders, repeats) in FanInSettings)
        {
            var findings = FanDetector.FanIn(new FanOptions(TimeSpan.FromDays(days), senders, MinTransfersPerCounterparty: repeats)).Detect(data.Table);
            var label = string.Create(CultureInfo.InvariantCulture, $"fan-in window {days} d, ≥{senders} senders{(repeats > 1 ? $" with ≥{repeats} transfers each" : string.Empty)}");
            rows.Add(PrecisionRecall.Of(label + ", centres", findings.Select(f => f.Account), data.Fraud));
            rows.Add(PrecisionRecall.Of(label + ", centres+senders", findings.SelectMany(f => f.Members), data.Fraud));
        }

        return rows;
    }

    /// <summary>Runs the cycle settings.</summary>
    public static IReadOnlyList<PrecisionRecall> Cycles(AmlSimDataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var rows = new List<PrecisionRecall>();
        foreach (var (days, hops, tolerance) in CycleSettings)
        {
            var detector = new TemporalCycleDetector(new CycleOptions(TimeSpan.FromDays(days), hops, 2, tolerance));
            var cycles = detector.FindCycles(data.Table);
            var flagged = cycles.SelectMany(c => c.Select(e => data.Table.Accounts[data.Table.Source[e]]));
            var label = string.Create(CultureInfo.InvariantCulture, $"cycle window {days} d, ≤{hops} hops, amounts {(tolerance is { } t ? "±" + (t * 100).ToString("0", CultureInfo.InvariantCulture) + "%" : "ignored")}");
            rows.Add(PrecisionRecall.Of(label, flagged, data.Fraud));
        }

        return rows;
    }
}
