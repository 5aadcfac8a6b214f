using System.Diagnostics;
using System.Globalization;
using Threadline.Matching;
using Threadline.Matching.Evaluation;
using Threadline.Matching.Model;
using Threadline.Matching.Records;

namespace Threadline.Matching.Bench;

/// <summary>
/// Person-matching benchmark on the FEBRL files: pairwise precision, recall and F1 on dataset3 (dedupe) and
/// dataset4a↔4b (link), blocking pair completeness, and time. Usage: <c>dotnet run -c Release -- [FEBRL folder]</c>
/// (default: &lt;repo root&gt;/../shared/data/febrl). The files are read in place, never copied.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        var folder = args.Length > 0 ? args[0] : FindFebrl();
        if (folder is null || !File.Exists(Path.Combine(folder, "dataset3.csv")))
        {
            Console.Error.WriteLine("FEBRL files not found; pass the folder holding dataset3.csv, dataset4a.csv, dataset4b.csv");
            return 2;
        }

        var d3 = FebrlCsv.Read(Path.Combine(folder, "dataset3.csv"));
        var d4a = FebrlCsv.Read(Path.Combine(folder, "dataset4a.csv"));
        var d4b = FebrlCsv.Read(Path.Combine(folder, "dataset4b.csv"));
        Console.WriteLine($"FEBRL: dataset3 {d3.Count} records, {FebrlCsv.TruePairs(d3).Count} true pairs; dataset4a {d4a.Count} x dataset4b {d4b.Count}, {FebrlCsv.TruePairs(d4a, d4b).Count} true pairs");
        Console.WriteLine("task      u          candidates  pair-compl  iters  thr   precision  recall   F1      best-F1 (thr)   time-ms (median of 3)");
        foreach (var fixU in new[] { false, true })
        {
            var options = new MatchOptions(Em: new EmOptions(FixU: fixU));
            Report("dedupe3", fixU, d3, FebrlCsv.TruePairs(d3), () => PersonMatcher.Dedupe(d3, options));
            Report("link4", fixU, d4a, FebrlCsv.TruePairs(d4a, d4b), () => PersonMatcher.Link(d4a, d4b, options));
        }

        // Case data rarely shares an identity number across sources: the same runs without the soc_sec_id comparison and block.
        var noId = Threadline.Matching.Comparisons.PersonComparisons.Default().Where(c => c.Name != "identifier").ToList();
        var noIdRules = Threadline.Matching.Blocking.BlockingRule.PersonDefaults.Where(b => b.Name != "identifier").ToList();
        Report("dedupe3", false, d3, FebrlCsv.TruePairs(d3), () => PersonMatcher.Dedupe(d3, null, noId, noIdRules), "EM, no id");
        Report("link4", false, d4a, FebrlCsv.TruePairs(d4a, d4b), () => PersonMatcher.Link(d4a, d4b, null, noId, noIdRules), "EM, no id");

        // Near-linear: candidate pairs and time as the input grows (dataset3, then 3 + 4a, then 3 + 4a + 4b, ids made unique).
        Console.WriteLine("scale: records  candidates  pairs/record  time-ms");
        var all = d3.Concat(d4a.Select(r => r with { Id = "a" + r.Id })).Concat(d4b.Select(r => r with { Id = "b" + r.Id })).ToList();
        foreach (var n in new[] { 5000, 10000, 15000 })
        {
            var sw = Stopwatch.StartNew();
            var run = PersonMatcher.Dedupe(all.Take(n).ToList());
            Console.WriteLine($"       {n,7}  {run.Pairs.Count,10}  {(double)run.Pairs.Count / n,12:0.00}  {sw.Elapsed.TotalMilliseconds,7:0}");
        }

        return 0;
    }

    private static void Report(string task, bool fixU, IReadOnlyList<PersonRecord> _, HashSet<(string, string)> truth, Func<MatchRun> run, string? label = null)
    {
        var times = new List<double>();
        MatchRun? result = null;
        for (var i = 0; i < 3; i++)
        {
            var sw = Stopwatch.StartNew();
            result = run();
            times.Add(sw.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        var r = result!;
        (string, string) Ids(ScoredPair p) => PairwiseMetrics.Ordered((r.Records[p.A].Source.Id, r.Records[p.B].Source.Id));
        var complete = PairwiseMetrics.Compute(r.Pairs.Select(Ids), truth).Recall;
        var at = PairwiseMetrics.Compute(r.Matches(0.5).Select(Ids), truth);
        var best = (F1: 0.0, Thr: 0.0);
        foreach (var thr in new[] { 0.01, 0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 0.8, 0.9, 0.95, 0.99, 0.999 })
        {
            var f = PairwiseMetrics.Compute(r.Matches(thr).Select(Ids), truth).F1;
            if (f > best.F1)
            {
                best = (f, thr);
            }
        }

        Console.WriteLine($"{task,-9} {label ?? (fixU ? "random" : "EM"),-10} {r.Pairs.Count,10}  {complete,9:0.0000}  {r.Training.Iterations,5}  0.5   {at.Precision,9:0.0000}  {at.Recall,6:0.0000}  {at.F1,6:0.0000}  {best.F1,7:0.0000} ({best.Thr})  {times[1],8:0}");
    }

    private static string? FindFebrl()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Threadline.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.Parent is null ? null : Path.Combine(dir.Parent.FullName, "shared", "data", "febrl");
    }
}
