using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Threadline.Web;

namespace Threadline.Bench;

/// <summary>
/// The web app under load: the app serves a linked workspace on a loopback port, and N concurrent clients (default 20)
/// ask for each page and its API call in turn, cycling over ids sampled from the workspace (the top leads, their
/// personas, ads and phones, and searches built from their titles and phones written another way). Each target runs
/// until it has answered a bounded number of requests or for a bounded time, whichever comes first, after a warm-up.
/// Prints p50/p95/max per target, errors, the CPU time spent per request (server and client, all threads: what the
/// latency would be on an idle core) and the process's peak memory (the server and the load generator share it).
/// Not a timed test: figures depend on the machine and its load, which are printed with them.
/// </summary>
public sealed class WebBench : IBenchScript
{
    public string Name => "web";

    public string Description => "threadline serve under load: pages and API at p50/p95; args: WORKSPACE [clients=20] [requests=400] [seconds=30] [--ingest DIR]";

    public int Run(string[] args)
    {
        var ingest = IngestWhileLoading.From(ref args);
        var options = WebBenchOptions.From(ref args);
        var isServer = args.Length > 0 && (args[0].StartsWith("postgres://", StringComparison.Ordinal) || args[0].StartsWith("postgresql://", StringComparison.Ordinal) || args[0].Contains("Host=", StringComparison.OrdinalIgnoreCase));
        if (args.Length < 1 || (!isServer && !File.Exists(args[0])))
        {
            Console.Error.WriteLine("usage: bench web WORKSPACE [clients=20] [requests per target=400] [seconds per target=30] [--ingest ADS-DIR]");
            Console.Error.WriteLine("  WORKSPACE: a workspace file or a postgres:// location; --ingest runs `threadline ingest ads ADS-DIR` into it (a separate process) while the clients load the app");
            return 2;
        }

        var clients = args.Length > 1 ? Math.Clamp(int.Parse(args[1], CultureInfo.InvariantCulture), 1, 200) : 20;
        var requests = args.Length > 2 ? Math.Clamp(int.Parse(args[2], CultureInfo.InvariantCulture), clients, 100_000) : 400;
        var seconds = args.Length > 3 ? Math.Clamp(int.Parse(args[3], CultureInfo.InvariantCulture), 1, 600) : 30;
        return RunAsync(args[0], clients, requests, TimeSpan.FromSeconds(seconds), ingest, options).GetAwaiter().GetResult();
    }

    private static string Size(string workspace) =>
        File.Exists(workspace) ? Invariant($"{new FileInfo(workspace).Length / 1048576.0:N0} MiB") : "server";

    private static async Task<int> RunAsync(string workspace, int clients, int requests, TimeSpan limit, IngestWhileLoading? ingest, WebBenchOptions options)
    {
        var started = Stopwatch.StartNew();
        var app = WebApp.Build(WebApp.CreateBuilder(["--workspace", workspace, "--urls", "http://127.0.0.1:0", "--no-auth", "true"]));
        await app.StartAsync();
        try
        {
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients, AutomaticDecompression = DecompressionMethods.None })
            {
                BaseAddress = new Uri(address),
                Timeout = TimeSpan.FromSeconds(60),
            };
            Console.WriteLine(Invariant($"threadline web benchmark: {Storage.Engines.WorkspaceStores.Shown(workspace)} ({Size(workspace)}), {Environment.ProcessorCount} cores, load {LoadAverage()}, app started in {started.Elapsed.TotalSeconds:F1} s"));
            var sample = await WebSample.Take(http);
            Console.WriteLine(Invariant($"sampled {sample.Networks.Count} top leads, {sample.Personas.Count} personas, {sample.Ads.Count} ads, {sample.Phones.Count} phones, {sample.Searches.Count} searches ({started.Elapsed.TotalSeconds:F1} s)"));
            if (sample.Networks.Count == 0 || sample.Personas.Count == 0 || sample.Ads.Count == 0)
            {
                Console.Error.WriteLine("the workspace has no linked networks with ads: run extract and link first");
                return 1;
            }

            var targets = new (string Name, IReadOnlyList<string> Urls)[]
            {
                ("page  leads", ["/", "/?flagged=all", "/?flagged=all&offset=50"]),
                ("page  network", sample.Networks.Select(id => "/networks/" + Uri.EscapeDataString(id)).ToList()),
                ("page  persona", sample.Personas.Select(id => "/personas/" + Uri.EscapeDataString(id)).ToList()),
                ("page  ad", sample.Ads.Select(id => "/ads/" + Uri.EscapeDataString(id)).ToList()),
                ("page  phone", sample.Phones.Select(p => "/phones/" + Uri.EscapeDataString(p)).ToList()),
                ("page  search", sample.Searches.Select(q => "/search?q=" + Uri.EscapeDataString(q)).ToList()),
                ("api   leads", ["/api/leads?limit=50", "/api/leads?flagged=false&limit=50", "/api/leads?flagged=false&offset=50&limit=50"]),
                ("api   network", sample.Networks.Select(id => "/api/networks/" + Uri.EscapeDataString(id)).ToList()),
                ("api   network graph", sample.Networks.Select(id => "/api/networks/" + Uri.EscapeDataString(id) + "/graph").ToList()),
                ("api   network map", sample.Networks.Select(id => "/api/networks/" + Uri.EscapeDataString(id) + "/map").ToList()),
                ("api   persona", sample.Personas.Select(id => "/api/personas/" + Uri.EscapeDataString(id)).ToList()),
                ("api   ad", sample.Ads.Select(id => "/api/ads/" + Uri.EscapeDataString(id)).ToList()),
                ("api   phone", sample.Phones.Select(p => "/api/phones/" + Uri.EscapeDataString(p)).ToList()),
                ("api   search", sample.Searches.Select(q => "/api/search?q=" + Uri.EscapeDataString(q)).ToList()),
            };
            Console.WriteLine(Invariant($"{clients} concurrent clients; each target: up to {requests} requests or {limit.TotalSeconds:N0} s after a warm-up of one request per URL"));
            Console.WriteLine(Invariant($"{"target",-22} {"requests",8} {"errors",6} {"req/s",7} {"p50 ms",8} {"p95 ms",8} {"max ms",8} {"CPU ms",8} {"alloc KiB",9} {"db cmds",7}"));
            var failed = false;
            using var commands = new DbCommandCounter();
            using var running = ingest?.Start(workspace);
            foreach (var (name, urls) in options.Select(targets))
            {
                if (urls.Count == 0)
                {
                    Console.WriteLine($"{name,-22} (nothing sampled)");
                    continue;
                }

                foreach (var url in urls)
                {
                    using var warm = await http.GetAsync(url);
                }

                var process = Process.GetCurrentProcess();
                var cpuBefore = process.TotalProcessorTime;
                var allocatedBefore = GC.GetTotalAllocatedBytes();
                var commandsBefore = commands.Count;
                commands.ResetTexts();
                var result = await Load(http, urls, clients, requests, limit);
                process.Refresh();
                var perRequest = 1.0 / Math.Max(1, result.Count);
                var cpuPerRequest = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds * perRequest;
                var allocatedPerRequest = (GC.GetTotalAllocatedBytes() - allocatedBefore) / 1024.0 * perRequest;
                var commandsPerRequest = (commands.Count - commandsBefore) * perRequest;
                failed |= result.Errors > 0;
                Console.WriteLine(Invariant($"{name,-22} {result.Count,8:N0} {result.Errors,6:N0} {result.Count / result.Elapsed.TotalSeconds,7:N1} {result.Percentile(0.50),8:N0} {result.Percentile(0.95),8:N0} {result.Percentile(1.0),8:N0} {cpuPerRequest,8:N1} {allocatedPerRequest,9:N0} {commandsPerRequest,7:N1}{running?.State() ?? string.Empty}"));
                if (options.Statements > 0)
                {
                    foreach (var (text, count) in commands.Top(options.Statements))
                    {
                        Console.WriteLine(Invariant($"    {count * perRequest,6:N2}/req  {text}"));
                    }
                }

                if (result.FirstError is not null)
                {
                    Console.WriteLine("    first error: " + result.FirstError);
                }
            }

            if (running is not null)
            {
                Console.WriteLine(running.Summary());
                failed |= running.Failed;
            }

            Console.WriteLine(Invariant($"memory: peak resident {Status("VmHWM")}, now {Status("VmRSS")}, managed heap {GC.GetTotalMemory(false) / 1048576.0:N0} MiB (server and load generator in one process); load {LoadAverage()}; total {started.Elapsed.TotalSeconds:F0} s"));
            return failed ? 1 : 0;
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    private static async Task<WebLoadResult> Load(HttpClient http, IReadOnlyList<string> urls, int clients, int requests, TimeSpan limit)
    {
        var times = new List<double>(requests);
        var next = -1;
        var errors = 0;
        string? firstError = null;
        var watch = Stopwatch.StartNew();
        async Task Client()
        {
            while (watch.Elapsed < limit)
            {
                var i = Interlocked.Increment(ref next);
                if (i >= requests)
                {
                    return;
                }

                var url = urls[i % urls.Count];
                var one = Stopwatch.StartNew();
                try
                {
                    using var response = await http.GetAsync(url, HttpCompletionOption.ResponseContentRead);
                    one.Stop();
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        Interlocked.Increment(ref errors);
                        Interlocked.CompareExchange(ref firstError, url + ": " + (int)response.StatusCode, null);
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    one.Stop();
                    Interlocked.Increment(ref errors);
                    Interlocked.CompareExchange(ref firstError, url + ": " + e.Message, null);
                }

                lock (times)
                {
                    times.Add(one.Elapsed.TotalMilliseconds);
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(Client)));
        watch.Stop();
        times.Sort();
        return new WebLoadResult(times, errors, watch.Elapsed, firstError);
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    private static string Status(string field)
    {
        if (!File.Exists("/proc/self/status"))
        {
            return "?";
        }

        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith(field + ":", StringComparison.Ordinal));
        var kb = line is null ? 0 : long.Parse(line[(field.Length + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        return Invariant($"{kb / 1024.0:N0} MiB");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
