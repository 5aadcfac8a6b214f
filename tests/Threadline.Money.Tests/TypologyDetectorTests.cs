using Threadline.Money.Detectors;

namespace Threadline.Money.Tests;

public sealed class TypologyDetectorTests
{
    [Fact]
    public void Pass_through_flags_money_out_within_hours_keeping_at_most_the_margin()
    {
        var table = new GraphBuilder()
            .Tx("A", "P", 1000, 0).Tx("P", "Z", 950, 3)
            .Tx("B", "P", 2000, 30).Tx("P", "Z", 1800, 40)
            .Build();
        var finding = Assert.Single(new PassThroughDetector().Detect(table));
        Assert.Equal("P", finding.Account);
        Assert.Equal(2, finding.Score);
        Assert.Equal(4, finding.Transactions.Count);
    }

    [Fact]
    public void Pass_through_ignores_outflows_keeping_more_than_the_margin_or_too_late()
    {
        var kept = new GraphBuilder().Tx("A", "P", 1000, 0).Tx("P", "Z", 850, 3).Tx("B", "P", 1000, 30).Tx("P", "Z", 890, 31).Build();
        var late = new GraphBuilder().Tx("A", "P", 1000, 0).Tx("P", "Z", 950, 25).Tx("B", "P", 1000, 50).Tx("P", "Z", 950, 75).Build();
        Assert.Empty(new PassThroughDetector().Detect(kept));
        Assert.Empty(new PassThroughDetector().Detect(late));
    }

    [Fact]
    public void Pass_through_accepts_exactly_the_margin_at_exactly_the_delay()
    {
        var table = new GraphBuilder().Tx("A", "P", 1000, 0).Tx("P", "Z", 900, 24).Tx("B", "P", 1000, 48).Tx("P", "Z", 1000, 72).Build();
        Assert.Single(new PassThroughDetector().Detect(table));
    }

    [Fact]
    public void Temporal_cycles_need_strictly_increasing_times()
    {
        var increasing = new GraphBuilder().Tx("A", "B", 100, 0).Tx("B", "C", 95, 1).Tx("C", "A", 90, 2).Build();
        var equal = new GraphBuilder().Tx("A", "B", 100, 0).Tx("B", "C", 95, 1).Tx("C", "A", 90, 1).Build();
        var decreasing = new GraphBuilder().Tx("C", "A", 90, 0).Tx("A", "B", 100, 1).Tx("B", "C", 95, 2).Build();
        var cycle = Assert.Single(new TemporalCycleDetector().Detect(increasing));
        Assert.Equal(["A", "B", "C"], cycle.Members);
        Assert.Empty(new TemporalCycleDetector().Detect(equal));
        // C→A at 0, A→B at 1, B→C at 2 is a cycle starting at C.
        Assert.Equal("C", Assert.Single(new TemporalCycleDetector().Detect(decreasing)).Account);
    }

    [Fact]
    public void Temporal_cycles_respect_the_hop_limit_and_the_window()
    {
        var table = new GraphBuilder().Tx("A", "B", 1, 0).Tx("B", "C", 1, 1).Tx("C", "D", 1, 2).Tx("D", "A", 1, 3).Build();
        Assert.Single(new TemporalCycleDetector(new CycleOptions(TimeSpan.FromHours(3), MaxHops: 4)).Detect(table));
        Assert.Empty(new TemporalCycleDetector(new CycleOptions(TimeSpan.FromHours(3), MaxHops: 3)).Detect(table));
        Assert.Empty(new TemporalCycleDetector(new CycleOptions(TimeSpan.FromHours(2.9), MaxHops: 4)).Detect(table));
    }

    [Fact]
    public void Temporal_cycles_can_require_amounts_to_stay_close()
    {
        var table = new GraphBuilder().Tx("A", "B", 100, 0).Tx("B", "A", 50, 1).Build();
        Assert.Single(new TemporalCycleDetector().Detect(table));
        Assert.Empty(new TemporalCycleDetector(CycleOptions.Default with { AmountTolerance = 0.1 }).Detect(table));
    }

    [Fact]
    public void Structuring_counts_amounts_just_under_the_threshold_but_not_the_threshold_itself()
    {
        var under = new GraphBuilder().Tx("S", "X", 9500, 0).Tx("S", "Y", 9900, 24).Tx("S", "Z", 9999.99m, 48).Build();
        var atThreshold = new GraphBuilder().Tx("S", "X", 9500, 0).Tx("S", "Y", 9900, 24).Tx("S", "Z", 10000, 48).Build();
        var belowBand = new GraphBuilder().Tx("S", "X", 8999.99m, 0).Tx("S", "Y", 9900, 24).Tx("S", "Z", 9950, 48).Build();
        var finding = Assert.Single(new StructuringDetector().Detect(under));
        Assert.Equal("S", finding.Account);
        Assert.Equal(3, finding.Score);
        Assert.Empty(new StructuringDetector().Detect(atThreshold));
        Assert.Empty(new StructuringDetector().Detect(belowBand));
        Assert.True(new StructuringDetector().Qualifies(900_000));
    }

    [Fact]
    public void Funnel_account_takes_cash_in_several_cities_and_it_leaves_elsewhere()
    {
        var table = new GraphBuilder()
            .Tx("cash", "BE71096123456769", 500, 0, PaymentMethod.CashDeposit, "Antwerpen")
            .Tx("cash", "BE71096123456769", 500, 5, PaymentMethod.CashDeposit, "Liège")
            .Tx("cash", "BE71096123456769", 500, 10, PaymentMethod.CashDeposit, "Gent")
            .Tx("BE71096123456769", "cash", 1400, 20, PaymentMethod.CashWithdrawal, "Brussel")
            .Build();
        var sameCity = new GraphBuilder()
            .Tx("cash", "BE71096123456769", 500, 0, PaymentMethod.CashDeposit, "Antwerpen")
            .Tx("cash", "BE71096123456769", 500, 5, PaymentMethod.CashDeposit, "Liège")
            .Tx("cash", "BE71096123456769", 500, 10, PaymentMethod.CashDeposit, "Gent")
            .Tx("BE71096123456769", "cash", 1400, 20, PaymentMethod.CashWithdrawal, "Gent")
            .Build();
        var finding = Assert.Single(new FunnelAccountDetector().Detect(table));
        Assert.Equal(3, finding.Score);
        Assert.Contains("Antwerpen, Gent, Liège", finding.Summary, StringComparison.Ordinal);
        Assert.Empty(new FunnelAccountDetector().Detect(sameCity));
    }

    [Fact]
    public void Remittances_abroad_to_few_beneficiaries_flag_sender_and_beneficiary()
    {
        const string Be1 = "BE71096123456769", Be2 = "BE68539007547034", Be3 = "BE62510007547061", Ro = "RO49AAAA1B31007593840000";
        var table = new GraphBuilder()
            .Tx(Be1, Ro, 900, 0).Tx(Be1, Ro, 900, 24).Tx(Be1, Ro, 900, 48)
            .Tx(Be2, Ro, 500, 10).Tx(Be3, Ro, 500, 20)
            .Build();
        var findings = new RemittanceAbroadDetector().Detect(table);
        Assert.Contains(findings, f => f.Detector == "remittance-abroad" && f.Account == Be1);
        var beneficiary = Assert.Single(findings, f => f.Detector == "remittance-beneficiary");
        Assert.Equal(Ro, beneficiary.Account);
        Assert.Equal(3, beneficiary.Score);
    }
}
