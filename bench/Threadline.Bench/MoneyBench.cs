using System.Diagnostics;
using System.Globalization;
using System.Text;
using Threadline.Money;
using Threadline.Money.Detectors;
using Threadline.Money.Graph;
using Threadline.Money.Import;

namespace Threadline.Bench;

/// <summary>
/// <c>money [N] [--cycles M] [--cycle-days D] [--keep]</c>: writes N synthetic transactions as bank CSV (default 10M),
/// imports them into the compact table (CSV parse, IBAN checks, sort by time), runs the window
/// detectors, then temporal cycles on the first M transactions (default 1M; their
/// year squeezed into D days to raise density). Prints tx/s per stage
/// and peak memory.
/// </summary>
public sealed class MoneyBench : IBenchScript
{
    private static readonly string[] Cities = ["Antwerpen", "Brussel", "Gent", "Liège", "Charleroi", "Namur", "Leuven", "Brugge", "Mons", "Hasselt", "Rotterdam", "Lille", "Aachen", "Luxembourg"];
    private static readonly string[] Abroad = ["RO", "BG", "NG", "MA", "HU", "AL"];

    public string Name => "money";

    public string Description => "money [N=10000000] [--cycles M=1000000] [--cycle-days D=365] [--keep]: bank CSV import + window detectors + temporal cycles";

    public int Run(string[] args)
    {
        var n = 10_000_000;
        var cycleCount = 1_000_000;
        var keep = false;
        var cycleDays = 365.0;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--cycles" && i + 1 < args.Length)
            {
                cycleCount = int.Parse(args[++i], CultureInfo.InvariantCulture);
            }
            else if (args[i] == "--cycle-days" && i + 1 < args.Length)
            {
                cycleDays = double.Parse(args[++i], CultureInfo.InvariantCulture);
            }
            else if (args[i] == "--keep")
            {
                keep = true;
            }
            else
            {
                n = int.Parse(args[i], CultureInfo.InvariantCulture);
            }
        }

        var path = Path.Combine(Path.GetTempPath(), string.Create(CultureInfo.InvariantCulture, $"threadline-money-{n}.csv"));
        var watch = Stopwatch.StartNew();
        var bytes = Generate(path, n, seed: 42);
        Report("generate CSV", n, watch.Elapsed, string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):F0} MiB"));

        watch.Restart();
        var builder = new TransactionTableBuilder(n + 16);
        var issues = new List<ImportIssue>();
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20, FileOptions.SequentialScan))
        {
            CsvTransactionReader.ReadInto(stream, path, builder, issues: issues);
        }

        var parse = watch.Elapsed;
        var table = builder.Build();
        Report("import (CSV parse)", n, parse, string.Create(CultureInfo.InvariantCulture, $"{table.Accounts.Count:N0} accounts, {issues.Count} rejected"));
        Report("import (sort by time)", n, watch.Elapsed - parse, string.Empty);
        var import = watch.Elapsed;

        watch.Restart();
        _ = table.Incoming;
        _ = table.Outgoing;
        Report("adjacency", n, watch.Elapsed, string.Empty);
        var detectorsTotal = watch.Elapsed;
        ITransactionDetector[] detectors =
        [
            FanDetector.FanIn(), FanDetector.FanOut(), new GatherScatterDetector(FanOptions.Default with { MinCounterparties = 3 }),
            new ScatterGatherDetector(FanOptions.Default with { MinCounterparties = 3 }), new PassThroughDetector(), new StructuringDetector(),
            new FunnelAccountDetector(), new RemittanceAbroadDetector(), new CollectorDetector(),
        ];
        foreach (var detector in detectors)
        {
            watch.Restart();
            var findings = detector.Detect(table);
            detectorsTotal += watch.Elapsed;
            Report(detector.Name, n, watch.Elapsed, string.Create(CultureInfo.InvariantCulture, $"{findings.Count:N0} findings"));
        }

        Report("TOTAL import + window detectors", n, import + detectorsTotal, PeakMemory.Describe());

        var m = Math.Min(cycleCount, n);
        var small = new TransactionTableBuilder(m + 16, table.Accounts);
        for (var t = 0; t < m; t++)
        {
            // --cycle-days squeezes the year into fewer days to make the graph denser in time.
            var squeezed = table.Time[0] + (long)((table.Time[t] - table.Time[0]) * cycleDays / 365.0);
            small.Add(table.Source[t], table.Target[t], table.Amount[t], squeezed);
        }

        var cycleTable = small.Build();
        watch.Restart();
        var cycles = new TemporalCycleDetector();
        var found = cycles.FindCycles(cycleTable);
        Report(string.Create(CultureInfo.InvariantCulture, $"temporal cycles (7 d, ≤6 hops, {cycleDays:0} d)"), m, watch.Elapsed, string.Create(CultureInfo.InvariantCulture, $"{found.Count:N0} cycles{(cycles.Truncated ? " (search budget hit)" : string.Empty)}"));
        Console.WriteLine(PeakMemory.Describe());
        if (!keep)
        {
            File.Delete(path);
        }

        return 0;
    }

    private static void Report(string stage, int n, TimeSpan elapsed, string note) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{stage,-34} {elapsed.TotalSeconds,8:F2} s {n / Math.Max(elapsed.TotalSeconds, 1e-9),14:N0} tx/s  {note}"));

    /// <summary>Synthetic bank export: accounts = N/20 Belgian IBANs and a few abroad, one year, mostly transfers, some cash in cities.</summary>
    private static long Generate(string path, int n, int seed)
    {
        var random = new Random(seed);
        var accountCount = Math.Max(100, n / 20);
        var ibans = new string[accountCount];
        for (var i = 0; i < accountCount; i++)
        {
            var abroad = i % 50 == 0;
            ibans[i] = abroad
                ? Iban.Create(Abroad[i % Abroad.Length], "BANK" + i.ToString("D16", CultureInfo.InvariantCulture))
                : Iban.Create("BE", i.ToString("D12", CultureInfo.InvariantCulture));
        }

        var start = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var span = TimeSpan.FromDays(365).Ticks;
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        writer.WriteLine("tx_id,booking_date,amount,currency,debtor_iban,creditor_iban,method,city,remittance_info");
        var line = new StringBuilder(160);
        for (var i = 0; i < n; i++)
        {
            var when = start.AddTicks(span / n * i + random.Next(0, 600) * TimeSpan.TicksPerSecond);
            // A power-law-ish choice of accounts: some accounts are much busier than others.
            var from = (int)(accountCount * Math.Pow(random.NextDouble(), 2));
            var to = random.Next(accountCount);
            var kind = random.Next(100);
            var amount = Math.Round(Math.Exp(random.NextDouble() * 7) + 5, 2);
            line.Clear();
            line.Append(i.ToString(CultureInfo.InvariantCulture)).Append(',').Append(when.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)).Append(',')
                .Append(amount.ToString("0.00", CultureInfo.InvariantCulture)).Append(",EUR,");
            if (kind < 4)
            {
                line.Append(",").Append(ibans[to]).Append(",cash_deposit,").Append(Cities[random.Next(Cities.Length)]).Append(',');
            }
            else if (kind < 7)
            {
                line.Append(ibans[from]).Append(",,cash_withdrawal,").Append(Cities[random.Next(Cities.Length)]).Append(',');
            }
            else
            {
                line.Append(ibans[from]).Append(',').Append(ibans[to]).Append(kind < 10 ? ",card,," : ",transfer,,").Append("invoice ").Append((i % 9973).ToString(CultureInfo.InvariantCulture));
            }

            writer.WriteLine(line);
        }

        writer.Flush();
        return writer.BaseStream.Length;
    }
}
