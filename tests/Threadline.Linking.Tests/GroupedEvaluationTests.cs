namespace Threadline.Linking.Tests;

/// <summary>Figures per group of ads (the simulator's writing styles): each group is scored on its own ads only.</summary>
public sealed class GroupedEvaluationTests
{
    [Fact]
    public void Each_groups_figures_are_those_of_its_own_ads()
    {
        var world = MiniWorld.Create(seed: 5, independents: 40, agencies: 2, networks: 2, hubs: false);
        var result = Linker.Link(world.Ads, world.Bookings);
        string Group(string ad) => world.NetworkOf.TryGetValue(ad, out var n) && world.TraffickingNetworks.Contains(n) ? "network" : "other";
        var labelled = world.Ads.Select(a => new LabelledAd(a.AdId, Group(a.AdId), world.PersonaOf[a.AdId], world.NetworkOf.GetValueOrDefault(a.AdId))).ToList();

        var groups = GroupedEvaluation.ByGroup(result, labelled, world.KindOfPersona, world.TraffickingNetworks);

        Assert.Equal(["network", "other"], groups.Select(g => g.Group));
        Assert.Equal(world.Ads.Count, groups.Sum(g => g.Ads));
        var assigned = result.Assignments.ToDictionary(a => a.AdId, StringComparer.Ordinal);
        foreach (var g in groups)
        {
            var ads = labelled.Where(a => a.Group == g.Group).OrderBy(a => a.AdId, StringComparer.Ordinal).ToList();
            var personas = ClusteringMetrics.Compare([.. ads.Select(a => (string?)a.TruePersona)], [.. ads.Select(a => (string?)assigned[a.AdId].PersonaId)]);
            Assert.Equal(personas, g.Personas);
            var networks = ClusteringMetrics.Compare(
                [.. ads.Select(a => (string?)(a.TrueOrganisation ?? "p:" + a.TruePersona))],
                [.. ads.Select(a => (string?)(assigned[a.AdId].NetworkId ?? "p:" + assigned[a.AdId].PersonaId))]);
            Assert.Equal(networks, g.Networks);
        }

        var network = groups.Single(g => g.Group == "network");
        var other = groups.Single(g => g.Group == "other");
        Assert.Equal(2, network.Trafficking.TrueNetworks);
        Assert.Equal(2, network.Trafficking.Found);
        Assert.Equal(0, other.Trafficking.TrueNetworks);
        Assert.DoesNotContain(network.InsideFlagged, m => m.Kind == "independent");
        Assert.Equal(40, other.InsideFlagged.Single(m => m.Kind == "independent").Personas);
        Assert.Equal(0, other.InsideFlagged.Single(m => m.Kind == "independent").InsideFlagged);
    }

    [Fact]
    public void Ads_the_result_does_not_hold_are_left_out()
    {
        var world = MiniWorld.Create(seed: 7, independents: 10, agencies: 1, networks: 1, hubs: false);
        var result = Linker.Link(world.Ads, world.Bookings);
        var labelled = world.Ads.Select(a => new LabelledAd(a.AdId, "all", world.PersonaOf[a.AdId], world.NetworkOf.GetValueOrDefault(a.AdId)))
            .Append(new LabelledAd("never-linked", "all", "p-x", null))
            .Append(new LabelledAd("never-linked-2", "ghost", "p-y", null))
            .ToList();

        var groups = GroupedEvaluation.ByGroup(result, labelled, world.KindOfPersona, world.TraffickingNetworks);

        var all = Assert.Single(groups);
        Assert.Equal("all", all.Group);
        Assert.Equal(world.Ads.Count, all.Ads);
    }
}
