using Threadline.Simulation.Truth;

namespace Threadline.Simulation.Tests;

/// <summary>One small default world shared by the read-only tests of a class.</summary>
public sealed class WorldFixture : IDisposable
{
    public WorldFixture()
    {
        Dir = Path.Combine(Path.GetTempPath(), "tl-sim-" + Guid.NewGuid().ToString("N"));
        Summary = Simulator.Run(new SimulationOptions { Seed = 7, Ads = 6000 }, Dir);
        Truth = TruthSet.Load(Dir);
    }

    public string Dir { get; }

    public SimulationSummary Summary { get; }

    public TruthSet Truth { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Dir, true);
        }
        catch (IOException)
        {
        }
    }
}
