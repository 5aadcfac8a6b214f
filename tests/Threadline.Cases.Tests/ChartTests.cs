using Threadline.Cases.Chart;
using Threadline.Cases.Grading;

namespace Threadline.Cases.Tests;

/// <summary>The case chart's records: bounded, with a source and a marking, and a view whose changes are checked.</summary>
public sealed class ChartTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly Marking B2 = Marking.Parse("B2 H1");

    [Fact]
    public void An_entity_needs_a_label_and_a_source_and_names_the_field_when_one_is_missing()
    {
        Assert.Equal("source", Assert.Throws<ArgumentException>(() => new ChartEntity("E1", ChartEntityType.Address, "Flat", " ", B2, "ana.k", At)).ParamName);
        Assert.Equal("label", Assert.Throws<ArgumentException>(() => new ChartEntity("E1", ChartEntityType.Address, new string('x', ChartText.MaxLabel + 1), "PV", B2, "ana.k", At)).ParamName);
        Assert.Equal("entity:E1", new ChartEntity("E1", ChartEntityType.Address, "Flat", "PV", B2, "ana.k", At).NodeId);
    }

    [Fact]
    public void A_link_joins_two_different_chart_nodes()
    {
        Assert.Equal("to", Assert.Throws<ArgumentException>(() => new ChartLink("L1", "entity:E1", "entity:E1", "met", "PV", B2, "ana.k", At)).ParamName);
        Assert.Equal("from", Assert.Throws<ArgumentException>(() => new ChartLink("L1", "no-kind", "entity:E1", "met", "PV", B2, "ana.k", At)).ParamName);
        Assert.True(new ChartLink("L1", "phone:+32470000001", "entity:E1", "called", "PV", B2, "ana.k", At).Directed);
    }

    [Fact]
    public void The_view_pins_hides_and_annotates_within_bounds()
    {
        var view = ChartView.Empty.Pin("entity:E1", 10.123, -5).Hide("ad:A-1").Annotate("entity:E1", "check the lease", "ana.k", At);
        Assert.Equal(new ChartPosition(10.12, -5), view.Pins["entity:E1"]);
        Assert.True(view.IsHidden("ad:A-1"));
        Assert.False(view.Show("ad:A-1").IsHidden("ad:A-1"));
        Assert.Empty(view.Annotate("entity:E1", "", "ana.k", At).Annotations);
        Assert.Throws<ArgumentException>(() => view.Pin("entity:E1", double.NaN, 0));
        Assert.Throws<ArgumentException>(() => view.Pin("entity:E1", 2_000_000, 0));
    }
}
