using Threadline.Money.Detectors;

namespace Threadline.Money.Tests;

public sealed class CollectorDetectorTests
{
    private const string Collector = "BE71096123456769", Pass = "BE68539007547034", Landlord = "BE62510007547061";

    private static GraphBuilder ClientsAndCash(GraphBuilder g)
    {
        for (var i = 0; i < 6; i++)
        {
            g.Tx("client" + i, Collector, 150, i * 24);
        }

        return g.Tx("cash", Collector, 9500, 30, PaymentMethod.CashDeposit, "Antwerpen").Tx("cash", Collector, 9400, 60, PaymentMethod.CashDeposit, "Gent");
    }

    [Fact]
    public void Collector_gathers_cash_in_several_cities_and_forwards_it_in_bulk_again_and_again()
    {
        var table = ClientsAndCash(new GraphBuilder()).Tx(Collector, Pass, 9000, 200).Tx(Collector, Pass, 8000, 500).Build();
        var once = ClientsAndCash(new GraphBuilder()).Tx(Collector, Pass, 17000, 200).Build();
        Assert.Empty(new CollectorDetector().Detect(once));
        var finding = Assert.Single(new CollectorDetector().Detect(table));
        Assert.Equal(Collector, finding.Account);
        Assert.Contains(Pass, finding.Members);
        Assert.Contains("Antwerpen, Gent", finding.Summary, StringComparison.Ordinal);
        Assert.Contains(finding.Transactions, t => t.To == Pass && t.AmountMinor == 900_000);
    }

    [Fact]
    public void Rent_paid_every_month_is_not_a_bulk_forward()
    {
        var g = new GraphBuilder();
        for (var i = 0; i < 8; i++)
        {
            g.Tx("client" + i, Collector, 200, i * 24);
        }

        for (var month = 0; month < 4; month++)
        {
            g.Tx(Collector, Landlord, 1000, 24 * 30 * month);
        }

        Assert.Empty(new CollectorDetector().Detect(g.Build()));
    }

    [Fact]
    public void An_account_paying_out_amounts_like_its_receipts_is_not_a_collector()
    {
        var g = ClientsAndCash(new GraphBuilder());
        for (var i = 0; i < 10; i++)
        {
            g.Tx(Collector, "supplier" + i, 1900, 100 + i);
        }

        Assert.Empty(new CollectorDetector(CollectorOptions.Default with { BulkFactor = 20 }).Detect(g.Build()));
    }

    [Fact]
    public void Pass_through_recognises_money_split_and_passed_on()
    {
        var table = new GraphBuilder()
            .Tx("C", "P", 9000, 0).Tx("P", "R1", 2950, 10).Tx("P", "R2", 2950, 10).Tx("P", "R3", 2950, 10)
            .Tx("C", "P", 6000, 200).Tx("P", "R1", 2900, 210).Tx("P", "R2", 2900, 212)
            .Build();
        var finding = Assert.Single(new PassThroughDetector().Detect(table));
        Assert.Equal("P", finding.Account);
        Assert.Equal(2, finding.Score);
    }
}
