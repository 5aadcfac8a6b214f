using System.Collections.Concurrent;
using Threadline.Simulation.Truth;

namespace Threadline.Simulation.Tests;

/// <summary>Small simulated worlds, one per writing style (and one mixed), made on first use and shared by the style tests.</summary>
public sealed class StyleWorlds : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<StyledWorld>> _worlds = new(StringComparer.Ordinal);

    public StyledWorld Get(string style) => _worlds.GetOrAdd(style, s => new Lazy<StyledWorld>(() => StyledWorld.Make(s))).Value;

    public void Dispose()
    {
        foreach (var w in _worlds.Values.Where(l => l.IsValueCreated))
        {
            try
            {
                Directory.Delete(w.Value.Dir, true);
            }
            catch (IOException)
            {
            }
        }
    }
}

/// <summary>One styled world: its folder, truth and the ad records read back from the exports.</summary>
public sealed class StyledWorld
{
    private StyledWorld(string dir, TruthSet truth, Dictionary<(string, string, DateTimeOffset), AdFiles.Record> records)
    {
        Dir = dir;
        Truth = truth;
        Records = records;
    }

    public string Dir { get; }

    public TruthSet Truth { get; }

    internal Dictionary<(string, string, DateTimeOffset), AdFiles.Record> Records { get; }

    internal AdFiles.Record Record(AdTruth ad) => Records[(ad.Site, ad.AdId, ad.PostedAt)];

    public static StyledWorld Make(string style)
    {
        var dir = DeterminismTests.Temp();
        Simulator.Run(new SimulationOptions { Seed = 5, Ads = 5000, Styles = Styles.StyleCatalog.Expand([style]) }, dir);
        return new StyledWorld(dir, TruthSet.Load(dir), AdFiles.ReadAll(dir).ToDictionary(r => (r.Site, r.AdId, r.PostedAt)));
    }
}
