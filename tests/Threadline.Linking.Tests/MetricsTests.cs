namespace Threadline.Linking.Tests;

public sealed class MetricsTests
{
    [Fact]
    public void Identical_labelings_score_one()
    {
        var s = ClusteringMetrics.Compare(["a", "a", "b", "c", "c"], ["x", "x", "y", "z", "z"]);
        Assert.Equal(1, s.Precision);
        Assert.Equal(1, s.Recall);
        Assert.Equal(1, s.F1);
        Assert.Equal(1, s.AdjustedRandIndex, 6);
    }

    [Fact]
    public void Pairwise_scores_count_pairs()
    {
        // truth pairs: (0,1),(0,2),(1,2),(3,4); predicted pairs: (0,1),(2,3),(2,4),(3,4)
        var s = ClusteringMetrics.Compare(["a", "a", "a", "b", "b"], ["x", "x", "y", "y", "y"]);
        Assert.Equal(4, s.TruePairs);
        Assert.Equal(4, s.PredictedPairs);
        Assert.Equal(2, s.CorrectPairs);
        Assert.Equal(0.5, s.F1, 6);
    }

    [Fact]
    public void Adjusted_rand_index_matches_a_worked_example()
    {
        // sklearn: adjusted_rand_score([0,0,1,1],[0,0,1,2]) = 0.5714285714
        var s = ClusteringMetrics.Compare(["0", "0", "1", "1"], ["0", "0", "1", "2"]);
        Assert.Equal(0.5714285714, s.AdjustedRandIndex, 6);
    }

    [Fact]
    public void Null_labels_are_singletons()
    {
        var s = ClusteringMetrics.Compare([null, null, "a", "a"], [null, null, "x", "x"]);
        Assert.Equal(1, s.F1);
        Assert.Equal(1, s.TruePairs);
    }

    [Fact]
    public void Detection_and_misplacement_helpers_count_networks_and_personas()
    {
        var world = MiniWorld.Create(seed: 5, independents: 40, agencies: 2, networks: 2, hubs: false);
        var r = Linker.Link(world.Ads, world.Bookings);
        var found = NetworkEvaluation.TraffickingFound(r, world.NetworkOf, world.TraffickingNetworks);
        Assert.Equal(2, found.TrueNetworks);
        Assert.Equal(2, found.Found);
        var misplaced = NetworkEvaluation.InsideFlagged(r, world.PersonaOf, world.KindOfPersona);
        Assert.Equal(0, misplaced.Single(m => m.Kind == "independent").InsideFlagged);
        Assert.Equal(40, misplaced.Single(m => m.Kind == "independent").Personas);
    }
}
