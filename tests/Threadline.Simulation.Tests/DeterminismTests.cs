namespace Threadline.Simulation.Tests;

public sealed class DeterminismTests
{
    [Fact]
    public void The_same_seed_and_options_give_byte_identical_files()
    {
        var a = Temp();
        var b = Temp();
        var c = Temp();
        try
        {
            var options = new SimulationOptions { Seed = 11, Ads = 1500, Days = 60 };
            Simulator.Run(options, a);
            Simulator.Run(options, b);
            Simulator.Run(options with { Seed = 12 }, c);
            var files = Files(a);
            Assert.Equal(files, Files(b));
            foreach (var f in files)
            {
                Assert.True(File.ReadAllBytes(Path.Combine(a, f)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(b, f))), f + " differs");
            }

            Assert.False(File.ReadAllBytes(Path.Combine(a, "truth", "ads.jsonl")).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(c, "truth", "ads.jsonl"))));
        }
        finally
        {
            foreach (var d in new[] { a, b, c })
            {
                Directory.Delete(d, true);
            }
        }
    }

    internal static string Temp() => Path.Combine(Path.GetTempPath(), "tl-sim-" + Guid.NewGuid().ToString("N"));

    private static List<string> Files(string root) =>
        Directory.GetFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f)).Order(StringComparer.Ordinal).ToList();
}
