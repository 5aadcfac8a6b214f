using System.Globalization;
using Threadline.Money.Evaluation;
using Xunit.Abstractions;

namespace Threadline.Money.Tests;

public sealed class AmlSimEvaluationTests(ITestOutputHelper output)
{
    [SharedDataFact("amlsim")]
    public void Fan_in_and_cycle_figures_on_the_fan_in_sample()
    {
        var data = AmlSimDataset.Load(SharedData.Path("amlsim", "20K_fanin200.tgz"));
        Assert.Equal(20_000, data.NodeCount);
        Assert.Equal(954, data.Fraud.Count);
        foreach (var row in AmlSimEvaluation.FanIn(data).Concat(AmlSimEvaluation.Cycles(data)))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {row.Label} | {row.Flagged} | {row.Precision:F3} | {row.Recall:F3} | {row.F1:F3} |"));
        }
    }

    [SharedDataFact("amlsim")]
    public void Fan_in_and_cycle_figures_on_the_cycle_sample()
    {
        var data = AmlSimDataset.Load(SharedData.Path("amlsim", "20K_cycle200.tgz"));
        foreach (var row in AmlSimEvaluation.FanIn(data).Concat(AmlSimEvaluation.Cycles(data)))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {row.Label} | {row.Flagged} | {row.Precision:F3} | {row.Recall:F3} | {row.F1:F3} |"));
        }
    }
}
