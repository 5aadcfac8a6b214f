using System.Globalization;
using System.Text;
using Threadline.Application.Ingest.Ftm;
using Threadline.Ingest.Pipeline;
using Threadline.Ingest.Tests.Fuzz;
using Threadline.Storage.Sqlite;

namespace Threadline.Application.Tests.Ingest;

/// <summary>
/// Fuzzing the FollowTheMoney reader as the other readers are fuzzed (issue 12): generated entity files damaged in one
/// line, random records of both forms, random bytes as JSON Lines and as statement CSV, and random files through the
/// whole pipeline into a workspace. No exception escapes, no case hangs, every non-blank line is one record or one
/// rejection with its line and reason, kept text is valid Unicode without NUL, and undamaged lines read as before.
/// </summary>
public sealed class FtmFuzzTests
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    [Fact]
    public Task Damage_to_one_line_leaves_every_other_line_as_it_was() =>
        FuzzRun.Cases(seed: 41, count: 1500, rng =>
        {
            var lines = Enumerable.Range(0, 2 + rng.Next(15)).Select(i => GoodEntity(rng, i)).ToList();
            var original = Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n");
            var before = Read(original, csv: false);
            Assert.All(before, i => Assert.Null(i.Rejection));
            Assert.All(before, i => Assert.Empty(i.LeftOut));

            var k = rng.Next(lines.Count);
            var start = Encoding.UTF8.GetByteCount(string.Concat(lines.Take(k).Select(l => l + "\n")));
            var damaged = Mutations.Apply(rng, original, start, start + Encoding.UTF8.GetByteCount(lines[k]), b => b != (byte)'\n');

            var after = Read(damaged, csv: false);

            var line = k + 1L;
            Assert.Equal(before.Where(i => Line(i) != line).Select(Shape), after.Where(i => Line(i) != line).Select(Shape));
            Assert.InRange(after.Count(i => Line(i) == line), 0, 1);
            Check(after);
        });

    [Fact]
    public Task Random_records_are_each_read_or_rejected_with_a_line_and_a_reason() =>
        FuzzRun.Cases(seed: 42, count: 1500, rng =>
        {
            var lines = Enumerable.Range(0, 1 + rng.Next(12)).Select(_ => RandomRecord(rng)).ToList();
            var items = Read(Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n"), csv: false);

            Assert.Equal(lines.Count(l => l.Trim(' ', '\t', '\r').Length > 0), items.Count);
            Assert.All(items.Where(i => i.Rejection is not null), i => Assert.False(string.IsNullOrWhiteSpace(i.Rejection!.Reason)));
            Check(items);
        });

    [Fact]
    public Task Random_bytes_never_escape_the_reader_as_JSON_Lines_or_as_statement_CSV() =>
        FuzzRun.Cases(seed: 43, count: 1500, rng =>
        {
            var bytes = RandomBytes(rng);
            if (rng.Next(2) == 0)
            {
                bytes = [.. "entity_id,schema,prop,value,dataset\n"u8, .. bytes];
            }

            Check(Read(bytes, csv: rng.Next(2) == 0));
        });

    [Fact]
    public Task Random_files_go_through_the_pipeline_into_a_workspace_without_failing_the_run() =>
        FuzzRun.Cases(seed: 44, count: 120, rng =>
        {
            var folder = Directory.CreateTempSubdirectory("ftm-fuzz-");
            try
            {
                var files = new List<string>();
                for (var f = 0; f < 1 + rng.Next(3); f++)
                {
                    var lines = Enumerable.Range(0, 1 + rng.Next(10)).Select(i => rng.Next(3) == 0 ? RandomRecord(rng) : GoodEntity(rng, (f * 100) + i, shared: true));
                    var bytes = Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n");
                    var path = Path.Combine(folder.FullName, $"f{f}.json");
                    File.WriteAllBytes(path, rng.Next(4) == 0 ? Mutations.Apply(rng, bytes, 0, bytes.Length, _ => true) : bytes);
                    files.Add(path);
                }

                using var store = SqliteWorkspaceStore.Open(Path.Combine(folder.FullName, "ws.db"));
                var quarantine = Path.Combine(folder.FullName, "q.jsonl");
                var summary = FtmIngestJob.Run(store, files, "fuzz", new IngestOptions { QuarantinePath = quarantine, BatchSize = 1 + rng.Next(40) });

                Assert.Equal(files.Count, summary.Run.Files.Count);
                var listed = File.Exists(quarantine) ? File.ReadAllLines(quarantine).Length : 0;
                Assert.Equal(summary.Run.Rejected + summary.Run.ValuesLeftOut, listed);
            }
            finally
            {
                folder.Delete(recursive: true);
            }
        }, perCase: TimeSpan.FromSeconds(30));

    private static List<ReadItem<FtmRecord>> Read(byte[] bytes, bool csv)
    {
        using var stream = new MemoryStream(bytes);
        return [.. FtmFileReader.Read(stream, csv ? "f.csv" : "f.json", csv, "ftm_import", null, CancellationToken.None)];
    }

    private static long Line(ReadItem<FtmRecord> item) => item.Record?.Line ?? item.Rejection!.Line;

    private static string Shape(ReadItem<FtmRecord> item) => item.Record is { } r
        ? string.Join('|', r.Values.Select(v => string.Join('\t', v.Line, v.EntityId, v.Schema, v.Prop, v.Value, v.Dataset))) + "#" + item.LeftOut.Count
        : "rejected " + item.Rejection!.Line;

    /// <summary>Every kept text is valid Unicode without NUL (storable by every engine); every problem names its line and a reason.</summary>
    private static void Check(List<ReadItem<FtmRecord>> items)
    {
        foreach (var item in items)
        {
            foreach (var problem in item.LeftOut.Append(item.Rejection).OfType<Rejection>())
            {
                Assert.True(problem.Line >= 1 || item.RejectsFile, problem.Reason);
                StrictUtf8.GetByteCount(problem.Reason + problem.Excerpt);
            }

            foreach (var v in item.Record?.Values ?? [])
            {
                foreach (var text in new[] { v.EntityId, v.Schema, v.Prop, v.Value, v.Dataset, v.Lang, v.OriginalValue, v.Origin }.OfType<string>())
                {
                    Assert.DoesNotContain('\0', text);
                    StrictUtf8.GetByteCount(text); // throws on a lone surrogate
                }
            }
        }
    }

    /// <summary>
    /// A valid entity whose id no small damage turns into another line's, its references pointing outside the file; with
    /// <paramref name="shared"/>, one of a few ids other lines and files also use, as any schema, so types clash and references miss.
    /// </summary>
    private static string GoodEntity(Random rng, int i, bool shared = false)
    {
        var id = shared ? $"e{rng.Next(8)}" : $"e{i}-" + string.Concat(Enumerable.Range(0, 12).Select(_ => (char)('a' + rng.Next(26))));
        var target = shared ? $"e{rng.Next(8)}" : "outside-" + id;
        var n = i.ToString(CultureInfo.InvariantCulture);
        return rng.Next(5) switch
        {
            0 => "{\"id\":\"" + id + "\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Ana " + n + "\"],\"country\":[\"be\"],\"birthDate\":[\"1990-0" + (1 + rng.Next(9)).ToString(CultureInfo.InvariantCulture) + "\"],\"phone\":[\"+3247000" + rng.Next(1000, 9999).ToString(CultureInfo.InvariantCulture) + "\"]}}",
            1 => "{\"id\":\"" + id + "\",\"schema\":\"Company\",\"properties\":{\"name\":[\"Firm " + n + " \u00e9\"],\"registrationNumber\":[\"B " + n + "\"],\"jurisdiction\":[\"de\"]}}",
            2 => "{\"id\":\"" + id + "\",\"schema\":\"Payment\",\"properties\":{\"amount\":[\"" + rng.Next(1, 9999).ToString(CultureInfo.InvariantCulture) + "\"],\"currency\":[\"EUR\"],\"payer\":[\"" + target + "\"],\"beneficiary\":[\"" + target + "x\"],\"date\":[\"2026-03-01\"]},\"datasets\":[\"registry\"]}",
            3 => "{\"entity_id\":\"" + id + "\",\"schema\":\"Address\",\"prop\":\"full\",\"value\":\"Main Street " + n + "\",\"dataset\":\"registry\",\"first_seen\":\"2026-01-01T00:00:00\"}",
            _ => "{\"id\":\"" + id + "\",\"schema\":\"Ownership\",\"properties\":{\"owner\":[\"" + target + "\"],\"asset\":[\"" + target + "y\"],\"percentage\":[\"50\"]}}",
        };
    }

    private static string RandomRecord(Random rng)
    {
        if (rng.Next(20) == 0)
        {
            return rng.Next(2) == 0 ? string.Empty : "   ";
        }

        var names = new[] { "id", "schema", "properties", "datasets", "entity_id", "prop", "value", "dataset", "lang", "origin", "original_value", "first_seen", "last_seen", "\\ud800x", "a\\u0000b" };
        var fields = Enumerable.Range(0, rng.Next(8)).Select(_ => $"\"{names[rng.Next(names.Length)]}\":{RandomValue(rng, 0)}");
        var json = "{" + string.Join(",", fields) + "}";
        return rng.Next(10) == 0 ? json[..rng.Next(json.Length)] : json;
    }

    private static string RandomValue(Random rng, int depth) => rng.Next(depth > 18 ? 7 : 10) switch
    {
        0 or 1 or 2 => "\"" + RandomString(rng) + "\"",
        3 => rng.Next().ToString(CultureInfo.InvariantCulture),
        4 => rng.Next(3) switch { 0 => "true", 1 => "null", _ => "1.5e308" },
        5 => "\"" + new[] { "Person", "Company", "Payment", "Thing", "Address", "Ownership", "Spaceship", "BankAccount" }[rng.Next(8)] + "\"",
        6 => "{\"name\":[" + string.Join(",", Enumerable.Range(0, rng.Next(3)).Select(_ => RandomValue(rng, depth + 1))) + "],\"payer\":[\"p1\"],\"country\":[\"be\"]}",
        7 or 8 => "[" + string.Join(",", Enumerable.Range(0, rng.Next(5)).Select(_ => RandomValue(rng, depth + 1))) + "]",
        _ => "{\"k\":" + RandomValue(rng, depth + 1) + "}",
    };

    private static string RandomString(Random rng)
    {
        string[] parts = ["p1", "a", "Gent", " ", "\\n", "\\\"", "\\\\", "\\u0041", "\\ud800", "\\udfff", "\\ud83d\\ude00", "\\u0000", "\u00e9", "\u65b0", "\U0001F600", "be", "2026-03-01", "+32470000001", "name", "ftm_import"];
        return string.Concat(Enumerable.Range(0, rng.Next(6)).Select(_ => parts[rng.Next(parts.Length)]));
    }

    private static byte[] RandomBytes(Random rng)
    {
        var bytes = new byte[rng.Next(4096)];
        rng.NextBytes(bytes);
        if (rng.Next(2) == 0)
        {
            const string text = "{}[]\":,\\ uabcdef0123456789\"';|\t\n\r";
            for (var i = 0; i < bytes.Length; i++)
            {
                bytes[i] = bytes[i] < 250 ? (byte)text[bytes[i] % text.Length] : bytes[i];
            }
        }

        return bytes;
    }
}
