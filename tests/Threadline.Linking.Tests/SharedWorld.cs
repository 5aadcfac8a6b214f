namespace Threadline.Linking.Tests;

/// <summary>The simulated world of 20,000 ads (seed 42) and its link result, built once for the tests that read it.</summary>
internal static class SharedWorld
{
    public static Lazy<(SimPipeline World, LinkResult Result)> Seed42 { get; } = new(() =>
    {
        var dir = Path.Combine(Path.GetTempPath(), "threadline-linking-sim-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        try
        {
            var world = SimPipeline.Run(dir, ads: 20_000, seed: 42, images: false);
            return (world, Linker.Link(world.Ads, world.Bookings));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    });
}
