using Threadline.Money.Detectors;

namespace Threadline.Money.Tests;

public sealed class FanDetectorTests
{
    private static readonly FanOptions ThreeInADay = new(TimeSpan.FromHours(24), MinCounterparties: 3);

    [Fact]
    public void Fan_in_flags_an_account_paid_by_enough_distinct_senders_within_the_window()
    {
        var table = new GraphBuilder().Tx("A", "C", 100, 0).Tx("B", "C", 100, 5).Tx("D", "C", 100, 10).Build();
        var finding = Assert.Single(FanDetector.FanIn(ThreeInADay).Detect(table));
        Assert.Equal("C", finding.Account);
        Assert.Equal(3, finding.Score);
        Assert.Equal(["C", "A", "B", "D"], finding.Members);
        Assert.Equal(3, finding.Transactions.Count);
        Assert.Equal(30000, finding.TotalMinor);
    }

    [Fact]
    public void Fan_in_counts_a_sender_once_however_often_it_pays()
    {
        var table = new GraphBuilder().Tx("A", "C", 100, 0).Tx("A", "C", 100, 1).Tx("B", "C", 100, 2).Build();
        Assert.Empty(FanDetector.FanIn(ThreeInADay).Detect(table));
    }

    [Fact]
    public void Fan_in_window_includes_its_edge_and_excludes_one_second_more()
    {
        var atEdge = new GraphBuilder().Tx("A", "C", 1, 0).Tx("B", "C", 1, 12).Tx("D", "C", 1, 24).Build();
        var beyond = new GraphBuilder().Tx("A", "C", 1, 0).Tx("B", "C", 1, 12).Tx("D", "C", 1, 24 + (1 / 3600.0)).Build();
        Assert.Single(FanDetector.FanIn(ThreeInADay).Detect(atEdge));
        Assert.Empty(FanDetector.FanIn(ThreeInADay).Detect(beyond));
    }

    [Fact]
    public void Fan_in_with_equal_timestamps_counts_every_sender()
    {
        var table = new GraphBuilder().Tx("A", "C", 1, 3).Tx("B", "C", 1, 3).Tx("D", "C", 1, 3).Build();
        Assert.Single(FanDetector.FanIn(ThreeInADay).Detect(table));
    }

    [Fact]
    public void Fan_out_flags_an_account_paying_enough_distinct_receivers()
    {
        var table = new GraphBuilder().Tx("S", "A", 1, 0).Tx("S", "B", 1, 1).Tx("S", "C", 1, 2).Build();
        var finding = Assert.Single(FanDetector.FanOut(ThreeInADay).Detect(table));
        Assert.Equal("S", finding.Account);
        Assert.Equal("fan-out", finding.Detector);
    }

    [Fact]
    public void Repeated_transfer_fan_in_needs_each_sender_to_pay_often_enough()
    {
        var options = ThreeInADay with { MinCounterparties = 1, MinTransfersPerCounterparty = 2 };
        var once = new GraphBuilder().Tx("A", "C", 1, 0).Tx("B", "C", 1, 1).Build();
        var twice = new GraphBuilder().Tx("A", "C", 1, 0).Tx("A", "C", 1, 1).Tx("B", "C", 1, 2).Build();
        Assert.Empty(FanDetector.FanIn(options).Detect(once));
        var finding = Assert.Single(FanDetector.FanIn(options).Detect(twice));
        Assert.Equal(["C", "A", "B"], finding.Members);
    }

    [Fact]
    public void Gather_scatter_needs_the_scatter_after_the_gather()
    {
        var options = new FanOptions(TimeSpan.FromHours(24), MinCounterparties: 2);
        var table = new GraphBuilder().Tx("A", "M", 50, 0).Tx("B", "M", 50, 1).Tx("M", "X", 40, 2).Tx("M", "Y", 40, 3).Build();
        var reversed = new GraphBuilder().Tx("M", "X", 40, 0).Tx("M", "Y", 40, 1).Tx("A", "M", 50, 2).Tx("B", "M", 50, 3).Build();
        var finding = Assert.Single(new GatherScatterDetector(options).Detect(table));
        Assert.Equal("M", finding.Account);
        Assert.Equal(4, finding.Transactions.Count);
        Assert.Empty(new GatherScatterDetector(options).Detect(reversed));
    }

    [Fact]
    public void Scatter_gather_finds_intermediaries_meeting_at_one_destination()
    {
        var options = new FanOptions(TimeSpan.FromHours(24), MinCounterparties: 2);
        var table = new GraphBuilder().Tx("S", "M1", 100, 0).Tx("S", "M2", 100, 1).Tx("M1", "D", 90, 2).Tx("M2", "D", 90, 3).Build();
        var finding = Assert.Single(new ScatterGatherDetector(options).Detect(table));
        Assert.Equal("S", finding.Account);
        Assert.Equal(["S", "M1", "M2", "D"], finding.Members);
    }
}
