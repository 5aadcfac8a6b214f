using System.Diagnostics;
using System.Globalization;
using Threadline.Extraction;
using Threadline.Extraction.Evaluation;
using Threadline.Ingest.Ads;
using Threadline.Simulation;
using Threadline.Simulation.Truth;

namespace Threadline.Bench;

/// <summary>
/// <c>extract [--ads N] [--dir SIMULATED_WORLD] [--threads T] [--eval] [--slowest K]</c>: simulates a world of N ads
/// (default 20,000; or reads an existing simulator output folder), reads the ads with the ingest readers, then extracts
/// them all in parallel with a fresh <see cref="AdExtractor"/> (cold caches), then again with the same one (warm caches),
/// and prints ads/s, CPU time, GC pauses and peak memory, and the time
/// <c>grep -cE</c> takes with one phone-like regex over the same text as a floor. With <c>--eval</c> it also scores phone
/// extraction against the simulator's truth (precision and recall overall and per technique); with <c>--slowest K</c> it
/// times each ad on one thread and lists the K slowest.
/// </summary>
public sealed class ExtractionBench : IBenchScript
{
    private const string GrepPattern = "(\\+|00)?[0-9][0-9 ./-]{7,}[0-9]";

    public string Name => "extract";

    public string Description => "extract [--ads N] [--dir WORLD] [--threads T] [--eval] [--slowest K]: Extraction throughput on simulated ads, grep floor, phone accuracy";

    public int Run(string[] args)
    {
        var n = IntArg(args, "--ads", 20_000);
        var threads = IntArg(args, "--threads", Environment.ProcessorCount);
        var dir = StringArg(args, "--dir");
        var eval = args.Contains("--eval", StringComparer.Ordinal);
        var temp = dir is null;
        dir ??= Path.Combine(Path.GetTempPath(), "threadline-extract-bench-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        try
        {
            if (temp)
            {
                var sw0 = Stopwatch.StartNew();
                Simulator.Run(new SimulationOptions { Ads = n, Seed = 1 }, dir);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"simulated {n:N0} ads in {sw0.Elapsed.TotalSeconds:F1} s"));
            }

            var records = ReadAds(dir);
            var ads = records.Select(r => new AdText(r.Title, r.Body, r.Phone, r.Country)).ToArray();
            var chars = ads.Sum(a => (long)(a.Title?.Length ?? 0) + (a.Body?.Length ?? 0) + (a.PhoneField?.Length ?? 0));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"read {ads.Length:N0} ads ({chars / (double)ads.Length:F0} chars per ad) with {threads} threads on {Environment.ProcessorCount} cores"));

            // JIT warm-up on another instance, so the timed one starts with cold caches. Tiered compilation needs a few
            // seconds of running to reach optimised code (with 2,000 ads the first timed pass ran mostly unoptimised).
            var warm = new AdExtractor();
            var warmUp = Stopwatch.StartNew();
            for (var pass = 0; pass < 20 && warmUp.Elapsed < TimeSpan.FromSeconds(3); pass++)
            {
                Parallel.For(0, Math.Min(10_000, ads.Length), new ParallelOptions { MaxDegreeOfParallelism = threads }, i => warm.Extract(ads[i]));
            }

            var sw = Stopwatch.StartNew();
            var extractor = new AdExtractor();
            var load = sw.Elapsed;
            var allocated = GC.GetTotalAllocatedBytes(true);
            var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
            var gen0 = GC.CollectionCount(0);
            var gen2 = GC.CollectionCount(2);
            var paused = GC.GetTotalPauseDuration();
            sw.Restart();
            var results = new AdExtraction[ads.Length];
            Parallel.For(0, ads.Length, new ParallelOptions { MaxDegreeOfParallelism = threads }, i => results[i] = extractor.Extract(ads[i]));
            var elapsed = sw.Elapsed;
            var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu0;
            var gcs = string.Create(CultureInfo.InvariantCulture,
                $"GC: {GC.CollectionCount(0) - gen0} collections ({GC.CollectionCount(2) - gen2} full), {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:F0} ms paused");
            var perAd = (GC.GetTotalAllocatedBytes(true) - allocated) / (double)ads.Length;
            var phones = results.Sum(r => r.Phones.Count);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"extract: {ads.Length / elapsed.TotalSeconds:N0} ads/s ({elapsed.TotalSeconds:F2} s, data load {load.TotalMilliseconds:F0} ms, {perAd / 1024:F1} KiB allocated per ad, {phones:N0} phones, {results.Sum(r => r.Indicators.Count):N0} indicator hits), {PeakMemory.Describe()}"));
            // On a shared machine wall time depends on other load; CPU time per ad does not (much).
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"cpu: {cpu.TotalSeconds:F2} s CPU = {ads.Length / cpu.TotalSeconds:N0} ads per CPU-second (about {threads * ads.Length / cpu.TotalSeconds:N0} ads/s on {threads} idle cores); load average {LoadAverage()}"));
            Console.WriteLine(gcs);

            // Second pass, same extractor: its caches (validated numbers, the indicator automata) are now warm, as they
            // are after the first thousands of ads of any long run.
            cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
            sw.Restart();
            var warmPhones = 0;
            Parallel.For(0, ads.Length, new ParallelOptions { MaxDegreeOfParallelism = threads }, i => Interlocked.Add(ref warmPhones, extractor.Extract(ads[i]).Phones.Count));
            var warmElapsed = sw.Elapsed;
            cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu0;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"extract, warm caches: {ads.Length / warmElapsed.TotalSeconds:N0} ads/s ({warmElapsed.TotalSeconds:F2} s, {cpu.TotalSeconds:F2} s CPU = {ads.Length / cpu.TotalSeconds:N0} ads per CPU-second, {warmPhones:N0} phones)"));
            GrepFloor(ads);
            if (IntArg(args, "--slowest", 0) is var slowest and > 0)
            {
                var times = new List<(double Ms, int I)>();
                for (var i = 0; i < ads.Length; i++)
                {
                    var t0 = Stopwatch.GetTimestamp();
                    extractor.Extract(ads[i]);
                    times.Add((Stopwatch.GetElapsedTime(t0).TotalMilliseconds, i));
                }
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"one thread, warm: {times.Sum(t => t.Ms):F0} ms in all; slowest ads:"));
                foreach (var (ms, i) in times.OrderByDescending(t => t.Ms).Take(slowest))
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"  {ms:F1} ms: ad {i} (title {ads[i].Title?.Length ?? 0} chars, body {ads[i].Body?.Length ?? 0}), {results[i].Phones.Count} phones, {results[i].Indicators.Count} indicator hits"));
                }
            }

            if (eval)
            {
                Evaluate(dir, records, extractor);
            }

            return 0;
        }
        finally
        {
            if (temp && Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }

    private static string LoadAverage()
    {
        try
        {
            return File.ReadAllText("/proc/loadavg").Split(' ')[0];
        }
        catch (IOException)
        {
            return "n/a";
        }
    }

    private static List<AdRecord> ReadAds(string dir)
    {
        var records = new List<AdRecord>();
        foreach (var file in Threadline.Core.IO.InputFiles.Expand([Path.Combine(dir, "ads")]).Files)
        {
            foreach (var item in AdFileReader.Read(file))
            {
                if (item.Ad is { } ad)
                {
                    records.Add(ad);
                }
            }
        }

        return records;
    }

    private static void GrepFloor(AdText[] ads)
    {
        var path = Path.GetTempFileName();
        try
        {
            using (var w = new StreamWriter(path))
            {
                foreach (var a in ads)
                {
                    w.Write((a.Title ?? "").ReplaceLineEndings(" "));
                    w.Write('\t');
                    w.Write((a.Body ?? "").ReplaceLineEndings(" "));
                    w.Write('\t');
                    w.WriteLine((a.PhoneField ?? "").ReplaceLineEndings(" "));
                }
            }

            var psi = new ProcessStartInfo("grep", ["-cE", GrepPattern, path]) { RedirectStandardOutput = true, UseShellExecute = false };
            var sw = Stopwatch.StartNew();
            using var p = Process.Start(psi)!;
            var output = p.StandardOutput.ReadToEnd().Trim();
            p.WaitForExit();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"grep floor: grep -cE '{GrepPattern}' over {new FileInfo(path).Length / 1e6:F1} MB took {sw.Elapsed.TotalSeconds:F3} s ({ads.Length / sw.Elapsed.TotalSeconds:N0} ads/s, {output} matching lines)"));
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Console.WriteLine("grep floor: grep not available: " + e.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static void Evaluate(string dir, List<AdRecord> records, AdExtractor extractor)
    {
        var truth = TruthSet.Load(dir);
        var byKey = new Dictionary<(string, string, DateTimeOffset), AdTruth>();
        foreach (var t in truth.Ads)
        {
            byKey[(t.Site, t.AdId, t.PostedAt.ToUniversalTime())] = t;
        }

        var cases = new List<PhoneEvalCase>(records.Count);
        var unmatched = 0;
        foreach (var r in records)
        {
            if (r.AdId is null || r.PostedAt is not { } posted || !byKey.TryGetValue((r.Site, r.AdId, posted.ToUniversalTime()), out var t))
            {
                unmatched++;
                continue;
            }

            cases.Add(new PhoneEvalCase(r.Site + "/" + r.AdId, new AdText(r.Title, r.Body, r.Phone, r.Country),
                [.. t.Phones.Select(p => new TruePhone(p.E164, p.Techniques))]));
        }

        var report = PhoneEvaluation.Run(extractor, cases);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"phones vs truth: {report.Ads:N0} ads ({unmatched} without truth), precision {report.Precision:F4}, recall {report.Recall:F4} (TP {report.TruePositives:N0}, FP {report.FalsePositives:N0}, FN {report.FalseNegatives:N0})"));
        Console.WriteLine($"{"technique",-24} {"true",8} {"found",8} {"recall",8} {"reported",9} {"precision",9}");
        foreach (var s in report.Techniques)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{s.Technique,-24} {s.TrueMentions,8} {s.Found,8} {s.Recall,8:F4} {s.Reported,9} {s.Precision,9:F4}"));
        }

        foreach (var m in report.Misses)
        {
            Console.WriteLine("MISS  " + m.ReplaceLineEndings(" "));
        }

        foreach (var w in report.WrongFinds)
        {
            Console.WriteLine("WRONG " + w.ReplaceLineEndings(" "));
        }
    }

    private static int IntArg(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : fallback;
    }

    private static string? StringArg(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
