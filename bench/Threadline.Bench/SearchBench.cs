using System.Diagnostics;
using System.Globalization;
using Threadline.Application.Queries;
using Threadline.Application.Queries.Search;
using Threadline.Storage.Engines;

namespace Threadline.Bench;

/// <summary>
/// <c>search WORKSPACE [QUERY ...]</c>: what one search costs on an open workspace, in the parts the web page runs —
/// the store's ranked page, the whole view (page, entities named, facets) — median and worst of a few rounds after a
/// warm-up, one query after the other, with the view's CPU time and managed allocation (the web benchmark measures the
/// same under 20 clients).
/// </summary>
public sealed class SearchBench : IBenchScript
{
    private static readonly string[] DefaultQueries =
        ["new girl", "massage", "massaggio OR massage", "\"new in town\"", "city:Madrid", "relax*", "0032 470", "incall outcall"];

    public string Name => "search";

    public string Description => "WORKSPACE [--serving] [QUERY ...]: ms per search (store page, and the web view with facets), median of 5; --serving: as the web app, facets from keys held in memory";

    public int Run(string[] args)
    {
        if (args.Length < 1)
        {
            Console.Error.WriteLine("usage: search WORKSPACE [QUERY ...]");
            return 2;
        }

        using var store = WorkspaceStores.OpenReadOnly(args[0]);
        var serving = args.Contains("--serving", StringComparer.Ordinal);
        var investigation = new Investigation(store, serving);
        if (serving)
        {
            // What the web app builds aside when it opens a workspace: its time and the managed memory it keeps.
            var before = GC.GetTotalMemory(forceFullCollection: true);
            var building = Stopwatch.StartNew();
            investigation.Warm().GetAwaiter().GetResult();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"facet keys held: built in {building.Elapsed.TotalSeconds:F1} s, {(GC.GetTotalMemory(forceFullCollection: true) - before) / 1048576.0:F0} MiB kept"));
        }

        var rest = args[1..].Where(a => a != "--serving").ToArray();
        var queries = rest.Length > 0 ? rest : DefaultQueries;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"query",-28} {"hits",6} {"store ms",9} {"best ms",9} {"facet rd",9} {"view ms",9} {"view max",9} {"view CPU",9} {"view KiB",9}"));
        _ = SearchQueries.Run(investigation, queries[0]);
        foreach (var q in queries)
        {
            var storeMs = new List<double>();
            var bestMs = new List<double>();
            var factsMs = new List<double>();
            var viewMs = new List<double>();
            var cpuMs = new List<double>();
            var allocated = new List<double>();
            var total = 0L;
            for (var round = 0; round < 5; round++)
            {
                var watch = Stopwatch.StartNew();
                _ = store.Search(q, 21, 0);
                storeMs.Add(watch.Elapsed.TotalMilliseconds);
                watch.Restart();
                var best = store.SearchBest(q, SearchQueries.FacetWindow, "Advertisement").Select(h => h.EntityId).ToList();
                bestMs.Add(watch.Elapsed.TotalMilliseconds);
                watch.Restart();
                _ = best.Count == 0 ? 0 : store.FacetsOf("Advertisement", best, [new("site"), new("city"), new("country"), new("postedAt", Storage.FacetKind.Month), new("language")]).Count;
                factsMs.Add(watch.Elapsed.TotalMilliseconds);
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var bytes = GC.GetAllocatedBytesForCurrentThread();
                watch.Restart();
                var view = SearchQueries.Run(investigation.Pinned(), q);
                viewMs.Add(watch.Elapsed.TotalMilliseconds);
                cpuMs.Add((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds);
                allocated.Add((GC.GetAllocatedBytesForCurrentThread() - bytes) / 1024.0);
                total = view.FacetBase;
            }

            storeMs.Sort();
            viewMs.Sort();
            bestMs.Sort();
            factsMs.Sort();
            cpuMs.Sort();
            allocated.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{q,-28} {total,6} {storeMs[2],9:F1} {bestMs[2],9:F1} {factsMs[2],9:F1} {viewMs[2],9:F1} {viewMs[^1],9:F1} {cpuMs[2],9:F1} {allocated[2],9:F0}"));
        }

        return 0;
    }
}
