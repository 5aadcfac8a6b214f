using System.Globalization;
using Threadline.Money.Evaluation;
using Xunit.Abstractions;

namespace Threadline.Money.Tests;

/// <summary>The AMLSim figures reported in docs/money.md, asserted with a margin of 0.02.</summary>
public sealed class AmlSimEvaluationTests(ITestOutputHelper output)
{
    private const double Margin = 0.02;

    [SharedDataFact("amlsim")]
    public void Fan_in_sample_fan_in_recall_is_at_least_0_85_at_the_stated_precision()
    {
        var data = AmlSimDataset.Load(SharedData.Path("amlsim", "20K_fanin200.tgz"));
        Assert.Equal(20_000, data.NodeCount);
        Assert.Equal(954, data.Fraud.Count);
        var rows = Print(AmlSimEvaluation.FanIn(data).Concat(AmlSimEvaluation.Cycles(data)));
        var repeated = Row(rows, "fan-in window 150 d, ≥1 senders with ≥2 transfers each, centres+senders");
        Assert.True(repeated.Recall >= 0.85, $"recall {repeated.Recall:F3}");
        Assert.InRange(repeated.Recall, 0.905 - Margin, 0.905 + Margin);
        Assert.InRange(repeated.Precision, 0.260 - Margin, 0.260 + Margin);
        var plain = Row(rows, "fan-in window 5 d, ≥3 senders, centres+senders");
        Assert.InRange(plain.Recall, 0.897 - Margin, 0.897 + Margin);
        Assert.InRange(plain.Precision, 0.055 - Margin, 0.055 + Margin);
    }

    [SharedDataFact("amlsim")]
    public void Cycle_sample_temporal_cycle_figures()
    {
        var data = AmlSimDataset.Load(SharedData.Path("amlsim", "20K_cycle200.tgz"));
        Assert.Equal(945, data.Fraud.Count);
        var rows = Print(AmlSimEvaluation.Cycles(data).Concat(AmlSimEvaluation.FanIn(data)));
        var wide = Row(rows, "cycle window 30 d, ≤6 hops, amounts ignored");
        Assert.InRange(wide.Precision, 0.492 - Margin, 0.492 + Margin);
        Assert.InRange(wide.Recall, 0.253 - Margin, 0.253 + Margin);
        var narrow = Row(rows, "cycle window 10 d, ≤6 hops, amounts ignored");
        Assert.InRange(narrow.Precision, 0.805 - Margin, 0.805 + Margin);
        Assert.InRange(narrow.Recall, 0.096 - Margin, 0.096 + Margin);
    }

    private static PrecisionRecall Row(IReadOnlyList<PrecisionRecall> rows, string label) => Assert.Single(rows, r => r.Label == label);

    private List<PrecisionRecall> Print(IEnumerable<PrecisionRecall> rows)
    {
        var list = rows.ToList();
        foreach (var row in list)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {row.Label} | {row.Flagged} | {row.TruePositives} | {row.Precision:F3} | {row.Recall:F3} | {row.F1:F3} |"));
        }

        return list;
    }
}
