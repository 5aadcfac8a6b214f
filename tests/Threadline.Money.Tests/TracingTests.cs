using Threadline.Money.Tracing;

namespace Threadline.Money.Tests;

public sealed class TracingTests
{
    private const string Victim1 = "BE71096123456769", Victim2 = "BE68539007547034", Collector = "BE62510007547061", Abroad = "RO49AAAA1B31007593840000", Shop = "BE43068999999501";

    [Fact]
    public void Forward_trace_follows_victims_money_to_the_collector_and_abroad()
    {
        var table = new GraphBuilder()
            .Tx("client1", Victim1, 200, 0).Tx("client2", Victim2, 300, 1)
            .Tx(Victim1, Collector, 180, 2).Tx(Victim2, Collector, 270, 3)
            .Tx(Collector, Abroad, 400, 5).Tx(Collector, Shop, 50, 6)
            .Build();
        var result = MoneyTracer.Forward(table, [Victim1, Victim2]);
        Assert.Equal(50000, result.TracedMinor);
        Assert.Equal(result.TracedMinor, result.HeldMinor);
        var top = result.Destinations[0];
        Assert.Equal(Abroad, top.Account);
        Assert.True(top.Abroad);
        Assert.Equal(40000, top.AmountMinor);
        Assert.Equal(40000, result.ByCountry["RO"]);
        Assert.Contains(result.Flows, f => f.From == Collector && f.To == Abroad && f.AmountMinor == 40000);
    }

    [Fact]
    public void Forward_trace_splits_mixed_money_in_proportion_and_conserves_it()
    {
        // The collector holds 100 of its own and 100 traced; paying 100 out moves 50 traced.
        var table = new GraphBuilder()
            .Tx("own", Collector, 100, 0).Tx(Victim1, Collector, 100, 1)
            .Tx(Collector, Abroad, 100, 2)
            .Build();
        var result = MoneyTracer.Forward(table, [Victim1]);
        Assert.Equal(result.TracedMinor, result.HeldMinor);
        var abroad = Assert.Single(result.Destinations, d => d.Account == Abroad);
        Assert.Equal(5000, abroad.AmountMinor);
    }

    [Fact]
    public void Backward_trace_finds_who_funded_an_account()
    {
        var table = new GraphBuilder()
            .Tx("funder1", "mule", 300, 0).Tx("funder2", "mule", 100, 1)
            .Tx("mule", Collector, 400, 2)
            .Tx(Collector, Abroad, 400, 3)
            .Build();
        var result = MoneyTracer.Backward(table, [Collector]);
        Assert.Equal(40000, result.TracedMinor);
        Assert.Equal(result.TracedMinor, result.HeldMinor);
        Assert.Equal("funder1", result.Destinations[0].Account);
        Assert.Equal(30000, result.Destinations[0].AmountMinor);
        Assert.Equal(10000, result.Destinations.Single(d => d.Account == "funder2").AmountMinor);
        Assert.DoesNotContain(result.Destinations, d => d.Account == Abroad);
    }

    [Fact]
    public void Tracing_conserves_amounts_on_a_random_graph()
    {
        var random = new Random(7);
        var graph = new GraphBuilder();
        for (var i = 0; i < 5000; i++)
        {
            graph.Tx("a" + random.Next(200), "a" + random.Next(200), random.Next(1, 100_000) / 100m, random.Next(0, 24 * 90));
        }

        var table = graph.Build();
        foreach (var result in new[] { MoneyTracer.Forward(table, ["a1", "a2", "a3"]), MoneyTracer.Backward(table, ["a4", "a5"]) })
        {
            Assert.True(result.TracedMinor > 0);
            Assert.Equal(result.TracedMinor, result.HeldMinor);
            Assert.Equal(result.TracedMinor, result.ByCountry.Values.Sum());
        }
    }
}
