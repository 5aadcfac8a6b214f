using System.Globalization;
using System.Text;
using Threadline.Ingest.Ads;

namespace Threadline.Ingest.Tests.Fuzz;

/// <summary>
/// Fuzzing the JSON Lines reader (issue 12): damaged copies of the shipped samples and random records.
/// No exception escapes, no case hangs, every non-blank line is one ad or one rejection with a reason,
/// and the lines that were not damaged are read exactly as before.
/// </summary>
public sealed class JsonLinesFuzzTests
{
    private static readonly string[] Samples = ["rosegarden-2026-03.jsonl", "dolcevita-2026-03.jsonl", "citylights-2026-03.ndjson"];

    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    [Fact]
    public Task Damage_to_one_line_of_a_sample_leaves_every_other_line_as_it_was() =>
        FuzzRun.Cases(seed: 1, count: 3000, rng =>
        {
            var name = Samples[rng.Next(Samples.Length)];
            var original = File.ReadAllBytes(Path.Combine(RepoPaths.Samples, name));
            var before = FuzzRead.Bytes(name, original);
            Assert.All(before, i => Assert.True(i.IsAccepted));
            var starts = LineStarts(original);
            var k = rng.Next(starts.Count - 1);
            var damaged = Mutations.Apply(rng, original, starts[k], starts[k + 1] - 1, b => b != (byte)'\n');

            var after = FuzzRead.Bytes(name, damaged);

            var damagedLine = k + 1;
            foreach (var ad in before.Select(i => i.Ad!).Where(a => a.Line != damagedLine))
            {
                var same = Assert.Single(after, i => (i.Ad?.Line ?? i.Rejection!.Line) == ad.Line);
                Assert.True(same.IsAccepted, $"line {ad.Line}: {same.Rejection?.Reason}");
                Assert.Equal(FuzzRead.Shape(ad), FuzzRead.Shape(same.Ad!));
            }

            var blank = LineStarts(damaged).Count == starts.Count && IsBlank(damaged, starts[k], damaged.Length - (original.Length - starts[k + 1]) - 1);
            Assert.Equal(blank ? 0 : 1, after.Count(i => (i.Ad?.Line ?? i.Rejection!.Line) == damagedLine));
            Assert.All(after.Where(i => i.IsAccepted), i => CheckText(i.Ad!));
        });

    [Fact]
    public Task Random_records_are_each_read_or_rejected_and_an_ad_holds_only_valid_text() =>
        FuzzRun.Cases(seed: 2, count: 2000, rng =>
        {
            var lines = Enumerable.Range(0, 1 + rng.Next(12)).Select(_ => RandomRecord(rng)).ToList();
            var bytes = Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n");

            var items = FuzzRead.Bytes("random.jsonl", bytes);

            Assert.Equal(lines.Count(l => l.Trim(' ', '\t', '\r').Length > 0), items.Count);
            Assert.All(items.Where(i => i.IsAccepted), i => CheckText(i.Ad!));
        });

    [Fact]
    public Task Random_bytes_never_escape_the_reader() =>
        FuzzRun.Cases(seed: 3, count: 1500, rng =>
        {
            var bytes = RandomBytes(rng);
            FuzzRead.Bytes(rng.Next(2) == 0 ? "random.jsonl" : "random", bytes);
        });

    internal static byte[] RandomBytes(Random rng)
    {
        var bytes = new byte[rng.Next(4096)];
        rng.NextBytes(bytes);
        if (rng.Next(2) == 0)
        {
            // Mostly text: printable ASCII with the odd line break, NUL or high byte.
            const string text = "{}[]\":,\\ uabcdef0123456789<>/=\"';|\t\n\r&#";
            for (var i = 0; i < bytes.Length; i++)
            {
                bytes[i] = bytes[i] < 250 ? (byte)text[bytes[i] % text.Length] : bytes[i];
            }
        }

        return bytes;
    }

    /// <summary>Every text of an accepted ad is valid UTF-16 without NUL: it can be stored and written out.</summary>
    internal static void CheckText(AdRecord ad)
    {
        var texts = new[] { ad.Site, ad.AdId, ad.Url, ad.City, ad.Country, ad.Title, ad.Body, ad.Phone }
            .Concat(ad.Images).Concat(ad.Extras.SelectMany(e => new[] { e.Key, e.Value }));
        foreach (var text in texts.OfType<string>())
        {
            Assert.DoesNotContain('\0', text);
            StrictUtf8.GetByteCount(text); // throws on a lone surrogate
        }
    }

    private static string RandomRecord(Random rng)
    {
        if (rng.Next(20) == 0)
        {
            return rng.Next(2) == 0 ? string.Empty : "   ";
        }

        var names = new[] { "site", "ad_id", "url", "posted_at", "city", "country", "title", "body", "phone", "images", "Site", "extra", "\\ud800x", "a\\u0000b" };
        var fields = Enumerable.Range(0, rng.Next(12)).Select(_ => $"\"{names[rng.Next(names.Length)]}\":{RandomValue(rng, 0)}");
        var json = "{" + string.Join(",", fields) + "}";
        return rng.Next(10) == 0 ? json[..rng.Next(json.Length)] : json;
    }

    private static string RandomValue(Random rng, int depth) => rng.Next(depth > 18 ? 6 : 9) switch
    {
        0 or 1 or 2 => "\"" + RandomString(rng) + "\"",
        3 => (rng.Next(3) switch { 0 => rng.Next(), 1 => rng.NextInt64(-9_000_000_000L, 9_000_000_000L), _ => rng.Next(1_000_000_000, 2_000_000_000) }).ToString(CultureInfo.InvariantCulture),
        4 => rng.Next(3) switch { 0 => "true", 1 => "null", _ => "1.5e308" },
        5 => "\"2026-03-" + rng.Next(40).ToString("00", CultureInfo.InvariantCulture) + "\"",
        6 or 7 => "[" + string.Join(",", Enumerable.Range(0, rng.Next(5)).Select(_ => RandomValue(rng, depth + 1))) + "]",
        _ => "{\"k\":" + RandomValue(rng, depth + 1) + "}",
    };

    private static string RandomString(Random rng)
    {
        string[] parts = ["a", "Gent", " ", "\\n", "\\\"", "\\\\", "\\u0041", "\\ud800", "\\udfff", "\\ud83d\\ude00", "\\u0000", "\u00e9", "\u65b0", "\U0001F600", "|", "x.jpg", "be", "Belgium", "2026-03-01"];
        return string.Concat(Enumerable.Range(0, rng.Next(6)).Select(_ => parts[rng.Next(parts.Length)]));
    }

    private static List<int> LineStarts(byte[] bytes)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }

        if (starts[^1] != bytes.Length)
        {
            starts.Add(bytes.Length + 1);
        }

        return starts;
    }

    private static bool IsBlank(byte[] bytes, int from, int to) =>
        bytes.AsSpan(from, Math.Max(0, Math.Min(to, bytes.Length) - from)).TrimStart(" \t\r"u8).IsEmpty;
}
