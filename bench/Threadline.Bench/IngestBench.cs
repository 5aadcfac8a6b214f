using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Threadline.Core.Statements;
using Threadline.Ingest.Ads;
using Threadline.Storage;
using Threadline.Storage.Sqlite;

namespace Threadline.Bench;

/// <summary>
/// <c>ingest-ads [N] [--keep]</c>: writes N synthetic JSON Lines ads (default 200,000; 1 in 500 bad, 1 in
/// 10 a re-post with changed text) to a temp file, reads them once without a store (reader and mapping
/// alone), then ingests them into a fresh temp SQLite workspace, and prints records/s, statements/s
/// and the peak memory.
/// </summary>
public sealed class IngestBench : IBenchScript
{
    private static readonly string[] Cities = ["Antwerpen", "Gent", "Leuven", "Charleroi", "Brussel", "Liège", "Lille", "Alicante", "Barcelona", "Köln"];

    private static readonly string[] Openers =
    [
        "Nieuw in {0}, lief en discreet.", "Nouvelle à {0}, douce et souriante.", "Nueva en {0}, muy cariñosa.",
        "Neu in {0}, zärtlich und diskret.", "Nuova a {0}, dolce e discreta.", "New in {0}, sweet and young, 新来的 xin lai de.",
    ];

    public string Name => "ingest-ads";

    public string Description => "N synthetic JSONL ads (default 200000) into a temp SQLite workspace: records/s, statements/s, peak memory";

    public int Run(string[] args)
    {
        var count = args.Length > 0 && int.TryParse(args[0], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 200_000;
        var keep = args.Contains("--keep", StringComparer.Ordinal);
        var dir = Path.Combine(Path.GetTempPath(), "threadline-ingest-bench-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(dir);
        try
        {
            var file = Path.Combine(dir, "ads.jsonl");
            var watch = Stopwatch.StartNew();
            Generate(file, count);
            var size = new FileInfo(file).Length;
            Console.WriteLine(Invariant($"generated {count:N0} ads, {size / 1048576.0:F1} MiB in {watch.Elapsed.TotalSeconds:F1} s"));

            watch.Restart();
            long records = 0, statements = 0;
            var batch = new List<Statement>(64);
            foreach (var item in AdFileReader.Read(file))
            {
                records++;
                if (item.Ad is { } ad)
                {
                    batch.Clear();
                    AdStatements.AddAd(ad, "source-bench", batch);
                    statements += batch.Count;
                }
            }

            var readSeconds = watch.Elapsed.TotalSeconds;
            Console.WriteLine(Invariant($"read+map only: {records / readSeconds:N0} records/s, {statements / readSeconds:N0} statements/s, {size / 1048576.0 / readSeconds:F0} MiB/s"));

            watch.Restart();
            Threadline.Ingest.Pipeline.IngestSummary summary;
            using (var store = SqliteWorkspaceStore.Open(Path.Combine(dir, "bench.db")))
            {
                summary = new AdIngestRunner(store, new AdIngestOptions { QuarantinePath = Path.Combine(dir, "quarantine.jsonl") }).Run([file]);
            }

            var seconds = watch.Elapsed.TotalSeconds;
            var total = summary.Accepted + summary.Rejected;
            Console.WriteLine(Invariant($"ingest: {total:N0} records ({summary.Accepted:N0} accepted, {summary.Rejected:N0} rejected), {summary.StatementsInserted:N0} statements inserted ({summary.Statements.Updated:N0} widened) in {seconds:F1} s"));
            Console.WriteLine(Invariant($"ingest: {total / seconds:N0} records/s, {(summary.Statements.Inserted + summary.Statements.Updated + summary.Statements.Unchanged) / seconds:N0} statements/s written, {size / 1048576.0 / seconds:F1} MiB/s"));
            Console.WriteLine(PeakMemory.Describe());
            return 0;
        }
        finally
        {
            if (!keep)
            {
                Directory.Delete(dir, recursive: true);
            }
            else
            {
                Console.WriteLine("kept " + dir);
            }
        }
    }

    /// <summary>Deterministic synthetic ads (seed 42): ~10 statements each, multilingual bodies of a few hundred characters.</summary>
    private static void Generate(string path, int count)
    {
        var random = new Random(42);
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        using var writer = new Utf8JsonWriter(stream);
        for (var i = 0; i < count; i++)
        {
            if (i % 500 == 499)
            {
                writer.Flush();
                stream.Write("{\"site\":\"broken.example\",\"ad_id\":\"x\",\"posted_at\":\"someday\"\n"u8);
                continue;
            }

            var repost = i % 10 == 9 && i > 20;
            var id = repost ? i - 1 - random.Next(10) : i;
            var city = Cities[id % Cities.Length];
            var site = (id % 4) switch { 0 => "rosegarden.example", 1 => "velvetnights.example", 2 => "lunaclub.example", _ => "herzblatt.example" };
            var body = new StringBuilder(string.Format(CultureInfo.InvariantCulture, Openers[id % Openers.Length], city));
            for (var s = 0; s < 4 + random.Next(6); s++)
            {
                body.Append(' ').Append(Openers[random.Next(Openers.Length)].Replace("{0}", Cities[random.Next(Cities.Length)], StringComparison.Ordinal));
            }

            writer.WriteStartObject();
            writer.WriteString("site", site);
            writer.WriteString("ad_id", "ad-" + id.ToString(CultureInfo.InvariantCulture));
            writer.WriteString("url", $"https://{site}/ads/{id}");
            writer.WriteString("posted_at", start.AddMinutes(i * 3L).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            writer.WriteString("city", city);
            writer.WriteString("country", id % 7 == 0 ? "FR" : "BE");
            writer.WriteString("title", (repost ? "Last days! " : string.Empty) + "Ad " + id.ToString(CultureInfo.InvariantCulture) + " in " + city);
            writer.WriteString("body", body.ToString());
            writer.WriteString("phone", "0470 " + (id % 97).ToString("00", CultureInfo.InvariantCulture) + " 00 00");
            writer.WriteStartArray("images");
            writer.WriteStringValue($"img/{id}-a.jpg");
            writer.WriteEndArray();
            writer.WriteString("age", (19 + (id % 20)).ToString(CultureInfo.InvariantCulture));
            writer.WriteEndObject();
            writer.Flush();
            writer.Reset();
            stream.WriteByte((byte)'\n');
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
