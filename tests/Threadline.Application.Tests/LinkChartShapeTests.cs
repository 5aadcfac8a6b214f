using Threadline.Application.Queries.Graph;

namespace Threadline.Application.Tests;

/// <summary>A chart over 500 nodes opens collapsed by community with counts; opening one shows it with its neighbours collapsed.</summary>
public sealed class LinkChartShapeTests
{
    [Fact]
    public void A_chart_over_500_nodes_opens_collapsed_by_community_and_a_community_opens_with_its_neighbours()
    {
        // Three groups of 200 personas, each group sharing its own phone and template; one weak tie between groups.
        var chart = new ChartBuilder();
        var root = chart.Node("network", "N-1", "Lead #1", 600);
        for (var g = 0; g < 3; g++)
        {
            var phone = chart.Node("phone", "+3247000000" + g, "+3247000000" + g, 200);
            var template = chart.Node("template", "T-" + g, "T-" + g, 200);
            for (var i = 0; i < 200; i++)
            {
                var persona = chart.Node("persona", $"P-{g}-{i:000}", $"P-{g}-{i:000}", 3);
                chart.Edge(persona, phone, "phone", 0.8, "her ads carry this phone");
                chart.Edge(persona, template, "template", 0.4, "her ads follow this template");
                chart.Edge(persona, root, "persona", 0.1, "part of this lead");
            }
        }

        chart.Edge("persona:P-0-000", "persona:P-1-000", "email", 0.1, "one shared e-mail");
        chart.Edge("persona:P-1-000", "persona:P-2-000", "email", 0.1, "one shared e-mail");
        var (nodes, edges) = chart.Build();
        Assert.Equal(607, nodes.Count);

        var collapsed = LinkCharts.Shape("N-1", nodes, edges, null);
        Assert.True(collapsed.Collapsed);
        Assert.Equal(607, collapsed.NodeTotal);
        Assert.All(collapsed.Nodes, n => Assert.Equal("community", n.Kind));
        Assert.InRange(collapsed.Nodes.Count, 3, 10);
        Assert.Equal(607, collapsed.Nodes.Sum(n => n.Ads));
        var ids = collapsed.Nodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        Assert.All(collapsed.Edges, e => Assert.True(ids.Contains(e.Source) && ids.Contains(e.Target), e.Reason));
        Assert.Contains(collapsed.Edges, e => e.Reason.Contains("between these communities", StringComparison.Ordinal));

        var community = nodes.Single(n => n.Id == "persona:P-1-000").Community;
        var opened = LinkCharts.Shape("N-1", nodes, edges, community);
        Assert.False(opened.Collapsed);
        Assert.Equal(community, opened.Community);
        Assert.Contains(opened.Nodes, n => n.Id == "persona:P-1-000");
        Assert.Contains(opened.Nodes, n => n.Id == "phone:+32470000001");
        Assert.DoesNotContain(opened.Nodes, n => n.Id == "persona:P-0-001");
        Assert.Contains(opened.Nodes, n => n.Kind == "community");
        var shown = opened.Nodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        Assert.All(opened.Edges, e => Assert.True(shown.Contains(e.Source) && shown.Contains(e.Target), e.Reason));
        Assert.True(opened.Nodes.Count <= LinkCharts.MaxNodes + collapsed.Nodes.Count);

        var small = LinkCharts.Shape("N-1", nodes.Take(400).ToList(), [], null);
        Assert.False(small.Collapsed);
        Assert.Equal(400, small.Nodes.Count);
    }
}
