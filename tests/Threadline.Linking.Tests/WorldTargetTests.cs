namespace Threadline.Linking.Tests;

/// <summary>The targets on a small synthetic world with hubs (the simulator's world is checked in the bench).</summary>
public sealed class WorldTargetTests
{
    [Theory]
    [InlineData(true, false)]
    [InlineData(false, false)]
    [InlineData(true, true)]
    [InlineData(false, true)]
    public void Clustering_meets_the_targets_on_a_mini_world_with_hubs(bool photos, bool banks)
    {
        var world = MiniWorld.Create(seed: 7, photos: photos, banks: banks);
        var r = Linker.Link(world.Ads, world.Bookings);
        var persona = ClusteringMetrics.Compare(world.TruePersonas(), r.Assignments.Select(a => (string?)a.PersonaId).ToList());
        var network = ClusteringMetrics.Compare(world.TrueNetworks(), r.Assignments.Select(a => (string?)(a.NetworkId ?? a.PersonaId)).ToList());
        Assert.True(persona.F1 >= 0.95, $"persona F1 {persona.F1:F3} (P {persona.Precision:F3} R {persona.Recall:F3})");
        Assert.True(network.F1 >= 0.90, $"network F1 {network.F1:F3} (P {network.Precision:F3} R {network.Recall:F3})");
        var found = NetworkEvaluation.TraffickingFound(r, world.NetworkOf, world.TraffickingNetworks);
        Assert.True(found.Share >= 0.9, $"found {found.Found}/{found.TrueNetworks}");
        var independents = NetworkEvaluation.InsideFlagged(r, world.PersonaOf, world.KindOfPersona).Single(m => m.Kind == "independent");
        Assert.True(independents.Share < 0.01, $"independents in flagged networks: {independents.InsideFlagged}/{independents.Personas}");
        Assert.True(r.Statistics.LargestNetworkAds < 300, $"largest network {r.Statistics.LargestNetworkAds} ads");
        Assert.Contains(r.Hubs, h => h.Value == "+3220000000");
    }
}
