using Threadline.Money.Analysis;
using Threadline.Money.Detectors;

namespace Threadline.Money.Tests;

/// <summary>The detectors' parameters are data (money-detectors.json, issue 13.7), read once, with the values docs/money.md gives.</summary>
public sealed class DetectorDataTests
{
    [Fact]
    public void The_shipped_parameters_are_the_documented_ones()
    {
        var d = MoneyAnalysisOptions.Default;
        Assert.Equal(FanOptions.Default, d.FanIn);
        Assert.Equal(FanOptions.Default with { MinCounterparties = 3 }, d.GatherScatter);
        Assert.Equal(PassThroughOptions.Default, d.PassThrough);
        Assert.Equal(CycleOptions.Default, d.Cycles);
        Assert.Equal(1_000_000, d.Structuring.ThresholdMinor);
        Assert.Equal(TimeSpan.FromDays(30), d.Structuring.EffectiveWindow);
        Assert.Equal(RemittanceOptions.Default, d.Remittance);
        Assert.Equal(CollectorOptions.Default, d.Collector);
        Assert.Equal(TimeSpan.FromDays(90), d.Keywords.EffectiveWindow);
        Assert.NotEmpty(d.Keywords.Categories);
    }

    [Fact]
    public void A_misspelt_parameter_is_refused_rather_than_ignored()
    {
        using var stream = typeof(MoneyAnalysisOptions).Assembly.GetManifestResourceStream("Threadline.Money.money-detectors.json")!;
        var shipped = new StreamReader(stream).ReadToEnd();
        var misspelt = System.Text.Encoding.UTF8.GetBytes(shipped.Replace("\"min_counterparties\"", "\"min_counterparts\"", StringComparison.Ordinal));
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => MoneyAnalysisOptions.Load(new MemoryStream(misspelt)));
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => MoneyAnalysisOptions.Load(new MemoryStream("{}"u8.ToArray())));
    }
}
