using System.Diagnostics;
using Threadline.Simulation.Actors;
using Threadline.Simulation.Core;

namespace Threadline.Simulation;

/// <summary>
/// Generates a synthetic ad market with trafficking networks, bookings and money, and its ground truth
/// (docs/simulator.md). Pure: it writes only under the output folder and reads nothing but its own data
/// and the optional profile file.
/// </summary>
public static class Simulator
{
    /// <summary>Simulates a world into <paramref name="outDir"/> (created if missing; existing simulator files are overwritten).</summary>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    /// <exception cref="InvalidDataException">The profile file is not valid.</exception>
    public static SimulationSummary Run(SimulationOptions options, string outDir, IProgress<SimulationProgress>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(outDir);
        options.Validate();
        var clock = Stopwatch.StartNew();
        var profiles = Embedded.Profiles(options.ProfilePath);
        Directory.CreateDirectory(outDir);
        var ctx = new WorldContext(options, Path.GetFullPath(outDir), Embedded.World(), profiles, Embedded.Lexicon());
        using var engine = new Engine(ctx, progress, ct);
        var summary = engine.Run();
        return summary with { Elapsed = clock.Elapsed };
    }

    /// <summary>The default actor profiles as JSON: save, edit, and pass back with <see cref="SimulationOptions.ProfilePath"/>.</summary>
    public static string DefaultProfileJson() => Embedded.Text("profiles.json");
}
