using System.Diagnostics;
using System.Globalization;
using Threadline.Simulation;

namespace Threadline.Bench;

/// <summary>
/// <c>simulate [ADS] [OUT] [--images] [--seed N]</c>: simulates a world (default 1,000,000 ads with bookings
/// and transactions, no images) and prints ads/s and peak memory. Target: 1M ads in at most 2 minutes.
/// </summary>
public sealed class SimulationBench : IBenchScript
{
    public string Name => "simulate";

    public string Description => "simulate [ADS=1000000] [OUT=/tmp/threadline-sim-bench] [--images] [--seed N]: world generation throughput";

    public int Run(string[] args)
    {
        var seedAt = Array.IndexOf(args, "--seed");
        var positional = args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (seedAt < 0 || i != seedAt + 1)).ToList();
        var ads = positional.Count > 0 ? int.Parse(positional[0], CultureInfo.InvariantCulture) : 1_000_000;
        var outDir = positional.Count > 1 ? positional[1] : Path.Combine(Path.GetTempPath(), "threadline-sim-bench");
        var seed = seedAt >= 0 ? long.Parse(args[seedAt + 1], CultureInfo.InvariantCulture) : 1;
        if (Directory.Exists(outDir))
        {
            Directory.Delete(outDir, true);
        }

        var sw = Stopwatch.StartNew();
        var last = 0L;
        var progress = new Progress<SimulationProgress>(p =>
        {
            if (p.AdsWritten - last >= 200_000)
            {
                last = p.AdsWritten;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {p.AdsWritten:N0}/{p.AdsTotal:N0} ads, {sw.Elapsed.TotalSeconds:F1} s, {PeakMemory.Describe()}"));
            }
        });
        var s = Simulator.Run(new SimulationOptions { Seed = seed, Ads = ads, Images = args.Contains("--images") }, outDir, progress);
        var secs = s.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"simulate: {s.Ads:N0} ads in {secs:F1} s = {s.Ads / secs:N0} ads/s; {s.Personas:N0} personas, {s.Networks:N0} networks, {s.Agencies:N0} agencies, {s.Bookings:N0} bookings, {s.Transactions:N0} transactions, {s.StatementFiles:N0} camt.053 files, {s.ImageFiles:N0} images; {PeakMemory.Describe()}"));
        Console.WriteLine("  by actor: " + string.Join(", ", s.AdsByActor.Select(kv => kv.Key + "=" + kv.Value.ToString(CultureInfo.InvariantCulture))));
        return 0;
    }
}
