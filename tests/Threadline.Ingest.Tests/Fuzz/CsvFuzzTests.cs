using System.Text;

namespace Threadline.Ingest.Tests.Fuzz;

/// <summary>
/// Fuzzing the CSV reader (issue 12): damaged copies of the shipped samples and random exports. No
/// exception escapes, no case hangs, every record is one ad or one rejection with a reason, and the
/// records that were not damaged are read exactly as before. Damage to a sample goes to the part of a
/// line after its last quote (and the delimiter after that) and adds no quote or line break: a quote
/// added, removed or moved to or from the start of a field can join the rest of a CSV file into one
/// field, which no reader can undo.
/// </summary>
public sealed class CsvFuzzTests
{
    private static readonly string[] Samples = ["herzblatt-2026-03.csv", "velvetnights-2026-03.csv", "lunaclub-2026-03.tsv"];

    [Fact]
    public Task Damage_to_one_record_of_a_sample_leaves_every_other_record_as_it_was() =>
        FuzzRun.Cases(seed: 11, count: 3000, rng =>
        {
            var name = Samples[rng.Next(Samples.Length)];
            var original = File.ReadAllBytes(Path.Combine(RepoPaths.Samples, name));
            var before = FuzzRead.Bytes(name, original).Select(i => i.Ad!).ToList();
            var lineStarts = LineStarts(original);
            var line = 2 + rng.Next(lineStarts.Count - 1); // 1-based, not the header
            var record = before.Last(a => a.Line <= line).Line;
            var to = End(line);
            var lastQuote = original.AsSpan(lineStarts[line - 1], to - lineStarts[line - 1]).LastIndexOf((byte)'"');
            var from = lineStarts[line - 1] + (lastQuote < 0 ? 0 : lastQuote + 2);
            if (from > to || (lastQuote >= 0 && from - 1 < to && original[from - 1] is not ((byte)',' or (byte)';' or (byte)'\t')))
            {
                return; // no part of this line is safe to damage
            }

            var damaged = Mutations.Apply(rng, original, from, to, b => b is not ((byte)'\n' or (byte)'\r' or (byte)'"'));

            var after = FuzzRead.Bytes(name, damaged);

            foreach (var ad in before.Where(a => a.Line != record))
            {
                var same = Assert.Single(after, i => (i.Ad?.Line ?? i.Rejection!.Line) == ad.Line);
                Assert.True(same.IsAccepted, $"line {ad.Line}: {same.Rejection?.Reason}");
                Assert.Equal(FuzzRead.Shape(ad), FuzzRead.Shape(same.Ad!));
            }

            Assert.InRange(after.Count(i => (i.Ad?.Line ?? i.Rejection!.Line) == record), 0, 1);
            Assert.InRange(after.Count, before.Count - 1, before.Count);
            Assert.All(after.Where(i => i.IsAccepted), i => JsonLinesFuzzTests.CheckText(i.Ad!));

            int End(int l) => l < lineStarts.Count ? lineStarts[l] - 1 : original.Length - (original[^1] == (byte)'\n' ? 1 : 0);
        });

    [Fact]
    public Task Random_exports_are_read_record_by_record() =>
        FuzzRun.Cases(seed: 12, count: 2000, rng =>
        {
            var delimiter = ",;\t|"[rng.Next(4)];
            var columns = new[] { "site", "ad_id", "url", "posted_at", "title", "body", "city", "country", "images", "phone", "extra" }
                .Where(_ => rng.Next(4) > 0).ToList();
            var text = new StringBuilder(string.Join(delimiter, columns.Count > 0 ? columns : ["site"])).Append('\n');
            for (var row = rng.Next(15); row > 0; row--)
            {
                var fields = Enumerable.Range(0, Math.Max(1, columns.Count + rng.Next(3) - 1)).Select(_ => RandomField(rng, delimiter));
                text.Append(string.Join(delimiter, fields)).Append(rng.Next(5) == 0 ? "\r\n" : "\n");
            }

            var bytes = Encoding.UTF8.GetBytes(text.ToString());
            if (rng.Next(3) == 0)
            {
                bytes = Mutations.Apply(rng, bytes, 0, bytes.Length, _ => true);
            }

            var items = FuzzRead.Bytes(delimiter == '\t' ? "random.tsv" : "random.csv", bytes);

            Assert.All(items.Where(i => i.IsAccepted), i => JsonLinesFuzzTests.CheckText(i.Ad!));
        });

    [Fact]
    public Task Random_bytes_never_escape_the_reader() =>
        FuzzRun.Cases(seed: 13, count: 1500, rng => FuzzRead.Bytes(rng.Next(2) == 0 ? "random.csv" : "random.tsv", JsonLinesFuzzTests.RandomBytes(rng)));

    private static string RandomField(Random rng, char delimiter)
    {
        string[] parts = ["s.example", "1", "2026-03-01", "01/03/2026 20:00", "32/03/2026", "yesterday", "Gent", "BE", "Atlantis", "a.jpg|b.jpg", "x", " ", "é", "新", "\U0001F600", "\"", "\"\"", "\n", "\r\n", "\0", delimiter.ToString()];
        var field = string.Concat(Enumerable.Range(0, rng.Next(4)).Select(_ => parts[rng.Next(parts.Length)]));
        return rng.Next(3) == 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
    }

    private static List<int> LineStarts(byte[] bytes)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < bytes.Length - 1; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts;
    }
}
