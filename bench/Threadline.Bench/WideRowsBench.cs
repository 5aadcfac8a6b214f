using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Threadline.Core.Statements;
using Threadline.Storage.Sqlite;

namespace Threadline.Bench;

/// <summary>
/// A measure for the storage change issue 13.8 waits on, not an engine: the same synthetic ads as <c>storage-write</c>,
/// written into SQLite as <b>one row per entity, source and producer</b> holding that row's statements in a compact
/// binary payload (property, value, locator, detail, first and last seen), with the row's full-text values in one
/// contentless FTS5 row, against today's one row per statement. Every statement still goes through the store's own
/// validation and hashing (<c>Prepare</c>), entities are looked up and inserted as the engine does, and a row that
/// exists is read, merged (first/last seen per property and value) and rewritten, so a re-run costs what it would.
/// Prints statements written per CPU second and read back per second, to set beside <c>storage-write</c>'s.
/// </summary>
public sealed class WideRowsBench : IBenchScript
{
    private const int BatchSize = 10_000;
    private static readonly HashSet<string> FullText = new(StringComparer.Ordinal) { "title", "body", "name", "city" };

    public string Name => "storage-wide";

    public string Description => "Prototype measure of one row per entity+source+producer (packed statements) against storage-write's row per statement; args: [statements=2000000] [--no-text: without the full-text rows, to see their share]";

    public int Run(string[] args)
    {
        var noText = args.Contains("--no-text");
        args = [.. args.Where(a => a != "--no-text")];
        var total = args.Length > 0 ? long.Parse(args[0], CultureInfo.InvariantCulture) : 2_000_000;
        var folder = Path.Combine(Path.GetTempPath(), "threadline-wide-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            using var validator = SqliteWorkspaceStore.Open(Path.Combine(folder, "model.db"));
            using var connection = new SqliteConnection("Data Source=" + Path.Combine(folder, "wide.db"));
            connection.Open();
            Exec(connection, """
                PRAGMA page_size = 8192; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -262144;
                PRAGMA wal_autocheckpoint = 8000;
                CREATE TABLE names(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
                CREATE TABLE entities(eid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, schema_id INTEGER NOT NULL);
                CREATE TABLE facts(fid INTEGER PRIMARY KEY, eid INTEGER NOT NULL, source_id INTEGER NOT NULL, producer_id INTEGER NOT NULL, payload BLOB NOT NULL);
                CREATE UNIQUE INDEX facts_by_entity ON facts(eid, source_id, producer_id);
                CREATE VIRTUAL TABLE facts_text USING fts5(value, content = '', tokenize = 'unicode61 remove_diacritics 2');
                """);
            var writer = new Writer(connection, noText);
            var generator = new StorageBench.AdGenerator(seed: 42);
            var process = Process.GetCurrentProcess();
            var cpu = TimeSpan.Zero;
            var wall = TimeSpan.Zero;
            long written = 0;
            var preparing = TimeSpan.Zero;
            List<Statement>? first = null;
            while (written < total)
            {
                var batch = generator.Next((int)Math.Min(BatchSize, total - written));
                first ??= batch;
                process.Refresh();
                var before = process.TotalProcessorTime;
                var watch = Stopwatch.StartNew();
                validator.Prepare(batch);
                preparing += watch.Elapsed;
                writer.Write(batch);
                watch.Stop();
                process.Refresh();
                cpu += process.TotalProcessorTime - before;
                wall += watch.Elapsed;
                written += batch.Count;
            }

            var rows = Scalar(connection, "SELECT count(*) FROM facts;");
            Console.WriteLine(Invariant($"write:   {written:N0} statements as {rows:N0} rows in {wall.TotalSeconds:F1} s: {written / wall.TotalSeconds:N0} st/s, {written / cpu.TotalSeconds:N0} statements per CPU-second ({cpu.TotalSeconds:F1} s CPU)"));
            Console.WriteLine(Invariant($"         of which the store's validation and statement hashing (Prepare) {preparing.TotalSeconds:F1} s wall; rows alone {written / (wall - preparing).TotalSeconds:N0} st/s"));
            Console.WriteLine(Invariant($"         workspace {new FileInfo(Path.Combine(folder, "wide.db")).Length / (1024.0 * 1024.0):F0} MiB (+ WAL); {PeakMemory.Describe()}"));

            var again = Stopwatch.StartNew();
            writer.Write(first!);
            again.Stop();
            Console.WriteLine(Invariant($"rewrite: {first!.Count:N0} known statements merged into their rows in {again.Elapsed.TotalMilliseconds:F0} ms"));

            var read = Stopwatch.StartNew();
            long entities = 0, statements = 0;
            using (var command = connection.CreateCommand())
            {
                command.CommandText = "SELECT f.eid, f.payload FROM facts f JOIN entities e ON e.eid = f.eid WHERE e.schema_id = (SELECT id FROM names WHERE name = 'Advertisement') ORDER BY f.eid;";
                using var reader = command.ExecuteReader();
                long last = -1;
                while (reader.Read())
                {
                    var eid = reader.GetInt64(0);
                    entities += eid != last ? 1 : 0;
                    last = eid;
                    statements += Payload.Decode((byte[])reader.GetValue(1)).Count;
                }
            }

            read.Stop();
            Console.WriteLine(Invariant($"read:    {entities:N0} ads, {statements:N0} statements decoded in {read.Elapsed.TotalSeconds:F1} s: {statements / read.Elapsed.TotalSeconds:N0} st/s"));
            var search = Stopwatch.StartNew();
            var hits = Scalar(connection, "SELECT count(*) FROM facts_text WHERE facts_text MATCH 'discreet';");
            search.Stop();
            Console.WriteLine(Invariant($"search:  'discreet' → {hits:N0} rows in {search.Elapsed.TotalMilliseconds:F0} ms"));
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void Exec(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>Writes a batch: rows grouped by entity, source and producer in one transaction.</summary>
    private sealed class Writer(SqliteConnection connection, bool noText)
    {
        private readonly Dictionary<string, long> _names = new(StringComparer.Ordinal);

        public void Write(List<Statement> batch)
        {
            var groups = new Dictionary<(string Entity, string Source, string Producer), List<Statement>>();
            var order = new List<(string, string, string)>();
            foreach (var s in batch)
            {
                var key = (s.EntityId, s.Source, s.Producer);
                if (!groups.TryGetValue(key, out var list))
                {
                    groups[key] = list = [];
                    order.Add(key);
                }

                list.Add(s);
            }

            // Ids are given here, as the engine does, not read back with RETURNING: a statement with RETURNING keeps a
            // statement journal, and SQLite then opens a savepoint on the FTS5 table, which flushes its pending text to
            // disk as a segment of its own — one per row (measured: the full text then cost ten times as much).
            using var transaction = connection.BeginTransaction();
            var nextEid = Scalar(connection, transaction, "SELECT coalesce(max(eid), 0) + 1 FROM entities;");
            var nextFid = Scalar(connection, transaction, "SELECT coalesce(max(fid), 0) + 1 FROM facts;");
            using var findEntity = Command(transaction, "SELECT eid FROM entities WHERE id = $a;", "$a");
            using var insertEntity = Command(transaction, "INSERT INTO entities(eid, id, schema_id) VALUES ($c, $a, $b);", "$a", "$b", "$c");
            using var findRow = Command(transaction, "SELECT fid, payload FROM facts WHERE eid = $a AND source_id = $b AND producer_id = $c;", "$a", "$b", "$c");
            using var insertRow = Command(transaction, "INSERT INTO facts(fid, eid, source_id, producer_id, payload) VALUES ($e, $a, $b, $c, $d);", "$a", "$b", "$c", "$d", "$e");
            using var updateRow = Command(transaction, "UPDATE facts SET payload = $b WHERE fid = $a;", "$a", "$b");
            using var insertText = Command(transaction, "INSERT INTO facts_text(rowid, value) VALUES ($a, $b);", "$a", "$b");
            // A contentless table forgets a row's text by being told it again ('delete'); contentless_delete = 1 would
            // let a plain DELETE do it, but made every insert cost half as much again (measured).
            using var deleteText = Command(transaction, "INSERT INTO facts_text(facts_text, rowid, value) VALUES ('delete', $a, $b);", "$a", "$b");
            var entityIds = new Dictionary<string, long>(StringComparer.Ordinal);
            foreach (var key in order)
            {
                var statements = groups[key];
                if (!entityIds.TryGetValue(key.Item1, out var eid))
                {
                    findEntity.Parameters[0].Value = key.Item1;
                    eid = findEntity.ExecuteScalar() is long found ? found : Insert(insertEntity, key.Item1, Name(transaction, statements[0].Schema), nextEid++);
                    entityIds[key.Item1] = eid;
                }

                var source = Name(transaction, key.Item2);
                var producer = Name(transaction, key.Item3);
                findRow.Parameters[0].Value = eid;
                findRow.Parameters[1].Value = source;
                findRow.Parameters[2].Value = producer;
                long fid = 0;
                List<Statement>? stored = null;
                using (var reader = findRow.ExecuteReader())
                {
                    if (reader.Read())
                    {
                        fid = reader.GetInt64(0);
                        stored = Payload.Decode((byte[])reader.GetValue(1)).Select(p => new Statement(key.Item1, statements[0].Schema, p.Property, p.Value, key.Item2, p.Locator, key.Item3, null, p.First, p.Last, p.Detail)).ToList();
                    }
                }

                var merged = stored is null ? statements : Payload.Merge(stored, statements);
                var payload = Payload.Encode(merged);
                var text = Text(merged);
                if (fid == 0)
                {
                    insertRow.Parameters[0].Value = eid;
                    insertRow.Parameters[1].Value = source;
                    insertRow.Parameters[2].Value = producer;
                    insertRow.Parameters[3].Value = payload;
                    insertRow.Parameters[4].Value = fid = nextFid++;
                    insertRow.ExecuteNonQuery();
                }
                else
                {
                    updateRow.Parameters[0].Value = fid;
                    updateRow.Parameters[1].Value = payload;
                    updateRow.ExecuteNonQuery();
                    var oldText = Text(stored!);
                    if (oldText.Length > 0 && !noText)
                    {
                        deleteText.Parameters[0].Value = fid;
                        deleteText.Parameters[1].Value = oldText;
                        deleteText.ExecuteNonQuery();
                    }
                }

                if (text.Length > 0 && !noText)
                {
                    insertText.Parameters[0].Value = fid;
                    insertText.Parameters[1].Value = text;
                    insertText.ExecuteNonQuery();
                }
            }

            transaction.Commit();
        }

        private static string Text(List<Statement> statements) => string.Join("\n", statements.Where(s => FullText.Contains(s.Property)).Select(s => s.Value));

        private static long Insert(SqliteCommand insert, string id, long schema, long eid)
        {
            insert.Parameters[0].Value = id;
            insert.Parameters[1].Value = schema;
            insert.Parameters[2].Value = eid;
            insert.ExecuteNonQuery();
            return eid;
        }

        private static long Scalar(SqliteConnection connection, SqliteTransaction transaction, string sql)
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }

        private long Name(SqliteTransaction transaction, string name)
        {
            if (_names.TryGetValue(name, out var id))
            {
                return id;
            }

            using var command = Command(transaction, "INSERT INTO names(name) VALUES ($a) ON CONFLICT(name) DO UPDATE SET name = excluded.name RETURNING id;", "$a");
            command.Parameters[0].Value = name;
            id = (long)command.ExecuteScalar()!;
            _names[name] = id;
            return id;
        }

        private SqliteCommand Command(SqliteTransaction transaction, string sql, params string[] parameters)
        {
            var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            foreach (var p in parameters)
            {
                command.Parameters.Add(new SqliteParameter { ParameterName = p });
            }

            command.Prepare();
            return command;
        }
    }

    /// <summary>A row's statements packed: property, value, locator, detail, first and last seen (Unix milliseconds).</summary>
    private static class Payload
    {
        public static byte[] Encode(List<Statement> statements)
        {
            using var memory = new MemoryStream();
            using (var writer = new BinaryWriter(memory, Encoding.UTF8, leaveOpen: true))
            {
                writer.Write7BitEncodedInt(statements.Count);
                foreach (var s in statements)
                {
                    writer.Write(s.Property);
                    writer.Write(s.Value);
                    Optional(writer, s.Locator);
                    Optional(writer, s.Detail);
                    writer.Write7BitEncodedInt64(s.FirstSeen?.ToUnixTimeMilliseconds() + 1 ?? 0);
                    writer.Write7BitEncodedInt64(s.LastSeen?.ToUnixTimeMilliseconds() + 1 ?? 0);
                }
            }

            return memory.ToArray();
        }

        public static List<Packed> Decode(byte[] payload)
        {
            using var reader = new BinaryReader(new MemoryStream(payload), Encoding.UTF8);
            var count = reader.Read7BitEncodedInt();
            var result = new List<Packed>(count);
            for (var i = 0; i < count; i++)
            {
                var property = reader.ReadString();
                var value = reader.ReadString();
                var locator = reader.ReadBoolean() ? reader.ReadString() : null;
                var detail = reader.ReadBoolean() ? reader.ReadString() : null;
                var first = reader.Read7BitEncodedInt64();
                var last = reader.Read7BitEncodedInt64();
                result.Add(new Packed(property, value, locator, detail, Time(first), Time(last)));
            }

            return result;
        }

        /// <summary>One statement per property and value; first seen the earliest, last seen the latest.</summary>
        public static List<Statement> Merge(List<Statement> stored, List<Statement> incoming)
        {
            var at = new Dictionary<(string, string), int>();
            var merged = new List<Statement>(stored.Count + incoming.Count);
            foreach (var s in stored.Concat(incoming))
            {
                if (at.TryGetValue((s.Property, s.Value), out var i))
                {
                    var old = merged[i];
                    merged[i] = old with { FirstSeen = Min(old.FirstSeen, s.FirstSeen), LastSeen = Max(old.LastSeen, s.LastSeen) };
                }
                else
                {
                    at[(s.Property, s.Value)] = merged.Count;
                    merged.Add(s);
                }
            }

            return merged;
        }

        private static DateTimeOffset? Min(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a < b ? a : b;

        private static DateTimeOffset? Max(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a > b ? a : b;

        private static DateTimeOffset? Time(long stored) => stored == 0 ? null : DateTimeOffset.FromUnixTimeMilliseconds(stored - 1);

        private static void Optional(BinaryWriter writer, string? value)
        {
            writer.Write(value is not null);
            if (value is not null)
            {
                writer.Write(value);
            }
        }
    }

    private sealed record Packed(string Property, string Value, string? Locator, string? Detail, DateTimeOffset? First, DateTimeOffset? Last);
}
