namespace Threadline.Simulation.Tests;

public sealed class SmokeTests : IClassFixture<WorldFixture>
{
    private readonly WorldFixture _world;

    public SmokeTests(WorldFixture world) => _world = world;

    [Fact]
    public void Writes_exactly_the_requested_number_of_ads()
    {
        Assert.Equal(6000, _world.Summary.Ads);
        Assert.Equal(6000, _world.Truth.Ads.Count);
    }
}
