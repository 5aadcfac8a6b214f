using System.Diagnostics;
using System.Globalization;
using System.Text;
using Threadline.Core;
using Threadline.Core.Statements;
using Threadline.Storage;
using Threadline.Storage.Sqlite;

namespace Threadline.Bench;

/// <summary>
/// Sustained write rate of the SQLite workspace: N statements of realistic ad shapes (default
/// 2,000,000) written in batches of 10,000 into a fresh temp workspace, then read back with
/// <c>Entities("Advertisement")</c>. Prints the median batch rate, the overall rate, the re-write
/// (all unchanged) rate, the read rate and the peak memory. Synthetic text only.
/// </summary>
public sealed class StorageBench : IBenchScript
{
    private const int BatchSize = 10_000;

    private static readonly string[] Words =
    [
        "new", "in", "town", "sweet", "discreet", "real", "photos", "call", "me", "now", "available", "today",
        "massage", "relax", "private", "apartment", "near", "station", "hotel", "visits", "only", "young",
        "nouvelle", "ville", "disponible", "appelle", "moi", "photos", "réelles", "nieuw", "in", "de", "stad",
        "bel", "mij", "nu", "echte", "neu", "in", "der", "stadt", "ruf", "mich", "an", "nueva", "llámame",
        "whatsapp", "telegram", "24h", "incall", "outcall", "first", "time", "here", "classy", "student",
    ];

    private static readonly string[] Cities = ["Gent", "Antwerpen", "Bruxelles", "Liège", "Rotterdam", "Lille", "Köln", "Madrid"];
    private static readonly string[] Countries = ["BE", "BE", "BE", "NL", "FR", "DE", "ES"];

    public string Name => "storage-write";

    public string Description => "SQLite workspace: sustained statement writes (batches of 10k) and Entities() read-back; args: [statements=2000000] [--defer-indexes: drop the statement indexes the writer does not read (by property, the two full-text ones) before writing and build them after, timed: what a bulk-load path would save]";

    public int Run(string[] args)
    {
        var deferIndexes = args.Contains("--defer-indexes");
        args = [.. args.Where(a => a != "--defer-indexes")];
        var total = args.Length > 0 ? long.Parse(args[0], CultureInfo.InvariantCulture) : 2_000_000;
        var folder = Path.Combine(Path.GetTempPath(), "threadline-bench-" + Guid.NewGuid().ToString("N"));
        var path = Path.Combine(folder, "threadline.db");
        try
        {
            using var store = SqliteWorkspaceStore.Open(path);
            var deferred = deferIndexes ? DropSecondaryIndexes(path) : [];
            var generator = new AdGenerator(seed: 42);
            var rates = new List<double>();
            var writeTime = TimeSpan.Zero;
            var cpuTime = TimeSpan.Zero;
            var process = Process.GetCurrentProcess();
            var wall = Stopwatch.StartNew();
            long written = 0;
            List<Statement>? firstBatch = null;
            while (written < total)
            {
                var batch = generator.Next((int)Math.Min(BatchSize, total - written));
                firstBatch ??= batch;
                process.Refresh();
                var cpuBefore = process.TotalProcessorTime;
                var watch = Stopwatch.StartNew();
                var summary = store.Write(batch);
                watch.Stop();
                process.Refresh();
                cpuTime += process.TotalProcessorTime - cpuBefore;
                if (summary.Inserted != batch.Count)
                {
                    Console.Error.WriteLine($"unexpected summary {summary} for {batch.Count} statements");
                    return 1;
                }

                writeTime += watch.Elapsed;
                rates.Add(batch.Count / watch.Elapsed.TotalSeconds);
                written += batch.Count;
            }

            wall.Stop();
            rates.Sort();
            var median = rates[rates.Count / 2];
            Console.WriteLine(Invariant($"write:   {written:N0} statements ({store.CountEntities("Advertisement"):N0} ads) in {rates.Count} batches of {BatchSize:N0}"));
            Console.WriteLine(Invariant($"         median batch {median:N0} st/s; slowest batch {rates[0]:N0} st/s; overall {written / writeTime.TotalSeconds:N0} st/s in Write ({writeTime.TotalSeconds:F1} s), {written / wall.Elapsed.TotalSeconds:N0} st/s wall incl. generation"));
            Console.WriteLine(Invariant($"         {written / cpuTime.TotalSeconds:N0} statements per CPU-second in Write ({cpuTime.TotalSeconds:F1} s CPU, all threads: what an unloaded machine reaches; load average now {File.ReadAllText("/proc/loadavg").Split(' ')[0]})"));
            Console.WriteLine(Invariant($"         {PeakMemory.Describe()}; workspace {new FileInfo(path).Length / (1024.0 * 1024.0):F0} MiB (+ WAL)"));
            if (deferred.Count > 0)
            {
                process.Refresh();
                var cpuBefore = process.TotalProcessorTime;
                var build = Stopwatch.StartNew();
                using (var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=" + path))
                {
                    connection.Open();
                    foreach (var sql in deferred)
                    {
                        using var command = connection.CreateCommand();
                        command.CommandText = sql;
                        command.ExecuteNonQuery();
                    }
                }

                process.Refresh();
                var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
                Console.WriteLine(Invariant($"indexes: {deferred.Count} built after the writes in {build.Elapsed.TotalSeconds:F1} s ({cpu:F1} s CPU): with them, {written / (cpuTime.TotalSeconds + cpu):N0} statements per CPU-second"));
            }

            var again = Stopwatch.StartNew();
            var repeat = store.Write(firstBatch!);
            again.Stop();
            Console.WriteLine(Invariant($"rewrite: {firstBatch!.Count:N0} known statements → {repeat}, {firstBatch.Count / again.Elapsed.TotalSeconds:N0} st/s"));

            var read = Stopwatch.StartNew();
            long entities = 0;
            long statements = 0;
            foreach (var entity in store.Entities("Advertisement"))
            {
                entities++;
                statements += entity.Statements.Length;
            }

            read.Stop();
            Console.WriteLine(Invariant($"read:    {entities:N0} ads, {statements:N0} statements with Entities(\"Advertisement\") in {read.Elapsed.TotalSeconds:F1} s: {entities / read.Elapsed.TotalSeconds:N0} entities/s, {statements / read.Elapsed.TotalSeconds:N0} st/s"));

            // One word (FTS5's best rows first), two words (a clause each, joined on the entity), a deep page, fields.
            foreach (var (query, offset) in new[] { ("discreet", 0), ("discreet station", 0), ("discreet station", 2000), ("sweet OR classy gent*", 0), ("country:NL discreet", 0), ("city:Gent", 0) })
            {
                var search = Stopwatch.StartNew();
                var hits = store.Search(query, 20, offset);
                search.Stop();
                Console.WriteLine(Invariant($"search:  '{query}' from {offset} → {hits.Count} hits in {search.Elapsed.TotalMilliseconds:F0} ms"));
            }

            var stats = Stopwatch.StartNew();
            var s = store.Stats();
            var sites = store.Facet("Advertisement", "site", FacetKind.Value, Facets.MaxLimit);
            var countries = store.Facet("Advertisement", "country", FacetKind.Value, Facets.MaxLimit);
            var months = store.Facet("Advertisement", "postedAt", FacetKind.Month, Facets.MaxLimit);
            stats.Stop();
            Console.WriteLine(Invariant($"stats:   {s.EntitiesBySchema.Count} schemata, {sites.Count} sites, {countries.Count} countries, {months.Count} months in {stats.Elapsed.TotalSeconds:F1} s"));
            Console.WriteLine($"peak:    {PeakMemory.Describe()}");
            return 0;
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    /// <summary>Drops the statement indexes the writer never reads (it looks rows up by entity and hash only) and returns the SQL that builds them again.</summary>
    private static List<string> DropSecondaryIndexes(string path)
    {
        var result = new List<string>();
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=" + path);
        connection.Open();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'statements' AND name <> 'statements_by_entity' AND sql IS NOT NULL;";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                result.Add(reader.GetString(0));
            }
        }

        foreach (var sql in result)
        {
            using var drop = connection.CreateCommand();
            drop.CommandText = "DROP INDEX " + sql.Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipWhile(w => !w.Equals("INDEX", StringComparison.OrdinalIgnoreCase)).Skip(1).First() + ";";
            drop.ExecuteNonQuery();
        }

        return result;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>Deterministic synthetic ads: ~10 statements each, bodies of 40-120 words.</summary>
    internal sealed class AdGenerator(int seed)
    {
        private readonly Random _random = new(seed);
        private readonly Queue<Statement> _pending = new();
        private long _ads;

        public List<Statement> Next(int count)
        {
            var batch = new List<Statement>(count);
            while (batch.Count < count)
            {
                if (_pending.Count == 0)
                {
                    Generate();
                }

                batch.Add(_pending.Dequeue());
            }

            return batch;
        }

        private void Generate()
        {
            var n = _ads++;
            var site = "site-" + (n % 12).ToString(CultureInfo.InvariantCulture);
            var siteAdId = n.ToString(CultureInfo.InvariantCulture);
            var id = Ids.Make("ad", site, siteAdId);
            var source = "src-" + (n / 50_000).ToString(CultureInfo.InvariantCulture);
            var locator = Invariant($"ads-{n / 50_000}.jsonl:{n % 50_000 + 1}");
            var posted = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(_random.Next(0, 60 * 24 * 540));
            void Add(string property, string value) =>
                _pending.Enqueue(new Statement(id, "Advertisement", property, value, source, locator, "ingest.ads", "0.1.0", posted, posted));

            Add("site", site);
            Add("siteAdId", siteAdId);
            Add("url", Invariant($"https://{site}.example.invalid/ad/{siteAdId}"));
            Add("postedAt", posted.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            Add("city", Cities[_random.Next(Cities.Length)]);
            Add("country", Countries[_random.Next(Countries.Length)]);
            Add("title", Text(_random.Next(4, 10)));
            Add("body", Text(_random.Next(40, 120)));
            Add("phoneRaw", Invariant($"+32 470 {_random.Next(0, 100):D2} {_random.Next(0, 100):D2} {_random.Next(0, 100):D2}"));
            for (var i = _random.Next(0, 3); i > 0; i--)
            {
                Add("imageRef", Invariant($"img/{n}/{i}.jpg"));
            }

            if (n % 12 == n)
            {
                _pending.Enqueue(new Statement(site, "Site", "name", Invariant($"Fictional Classifieds {n}"), "src-0", null, "ingest.ads", "0.1.0", posted, posted));
            }
        }

        private string Text(int words)
        {
            var builder = new StringBuilder();
            for (var i = 0; i < words; i++)
            {
                if (i > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(Words[_random.Next(Words.Length)]);
            }

            return builder.ToString();
        }
    }
}
