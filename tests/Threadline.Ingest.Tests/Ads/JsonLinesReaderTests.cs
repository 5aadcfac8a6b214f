using System.Text;
using Threadline.Ingest.Ads;

namespace Threadline.Ingest.Tests.Ads;

public sealed class JsonLinesReaderTests
{
    private const string Good = """{"site":"Rosegarden.example","ad_id":"rg-1","url":"https://rosegarden.example/ads/rg-1","posted_at":"2026-03-01T21:15:00+01:00","city":"Antwerpen","country":"be","title":"Nieuw","body":"Hallo\r\nwereld","phone":"0470 12 34 56","images":["a.jpg","b.jpg"]}""";

    [Fact]
    public void Reads_every_documented_field()
    {
        var ad = Read.Single("ads.jsonl", Good + "\n");
        Assert.Equal("rosegarden.example", ad.Site);
        Assert.Equal("rg-1", ad.AdId);
        Assert.Equal("https://rosegarden.example/ads/rg-1", ad.Url);
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 20, 15, 0, TimeSpan.Zero), ad.PostedAt);
        Assert.Equal("Antwerpen", ad.City);
        Assert.Equal("BE", ad.Country);
        Assert.Equal("Nieuw", ad.Title);
        Assert.Equal("Hallo\nwereld", ad.Body);
        Assert.Equal("0470 12 34 56", ad.Phone);
        Assert.Equal(["a.jpg", "b.jpg"], ad.Images);
        Assert.Empty(ad.Extras);
        Assert.Equal(1, ad.Line);
        Assert.Equal("ads.jsonl:1", ad.Locator);
    }

    [Fact]
    public void Keeps_unknown_fields_as_raw_values_in_source_order()
    {
        var ad = Read.Single("ads.jsonl", """{"site":"s.example","ad_id":7,"posted_at":1772395200,"title":"t","age":"23","price":150,"verified":true,"tags":["a","b"],"meta":{"k":1}}""");
        Assert.Equal("7", ad.AdId);
        Assert.Equal(
            [new("age", "23"), new("price", "150"), new("verified", "true"), new("tags", "a|b"), new("meta", """{"k":1}""")],
            ad.Extras);
    }

    [Fact]
    public void Keeps_an_unknown_country_as_a_raw_value_instead_of_rejecting_the_ad()
    {
        var ad = Read.Single("ads.jsonl", """{"site":"s.example","ad_id":"1","posted_at":"2026-03-01","title":"t","country":"Atlantis"}""");
        Assert.Null(ad.Country);
        Assert.Contains(new KeyValuePair<string, string>("country", "Atlantis"), ad.Extras);
    }

    [Fact]
    public void Maps_english_country_names_to_codes()
    {
        var ad = Read.Single("ads.jsonl", """{"site":"s.example","ad_id":"1","posted_at":"2026-03-01","title":"t","country":"United Kingdom"}""");
        Assert.Equal("GB", ad.Country);
    }

    [Fact]
    public void Skips_blank_lines_and_a_byte_order_mark_and_counts_lines_from_one()
    {
        var text = "\uFEFF" + Good + "\r\n\r\n   \n" + Good.Replace("rg-1", "rg-2", StringComparison.Ordinal) + "\n";
        var items = Read.Text("ads.jsonl", text);
        Assert.Equal([1L, 4L], items.Select(i => i.Ad!.Line));
    }

    [Fact]
    public void Rejects_a_line_with_invalid_utf8_and_keeps_the_lines_around_it()
    {
        var bytes = new List<byte>();
        bytes.AddRange(Encoding.UTF8.GetBytes(Good + "\n"));
        bytes.AddRange(Encoding.UTF8.GetBytes("""{"site":"s.example","ad_id":"x","posted_at":"2026-03-01","title":"bad """));
        bytes.AddRange([0xFF, 0xFE]);
        bytes.AddRange(Encoding.UTF8.GetBytes("\"}\n" + Good.Replace("rg-1", "rg-3", StringComparison.Ordinal) + "\n"));

        var items = Read.Bytes("ads.jsonl", bytes.ToArray());

        Assert.Equal([true, false, true], items.Select(i => i.IsAccepted));
        var rejection = items[1].Rejection!;
        Assert.Equal(2, rejection.Line);
        Assert.StartsWith("invalid UTF-8 at byte 71", rejection.Reason, StringComparison.Ordinal);
        Assert.Contains("\uFFFD", rejection.Excerpt, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_truncated_json_and_keeps_the_next_line()
    {
        var items = Read.Text("ads.jsonl", """{"site":"s.example","ad_id":"1","posted_at":"2026-03-01","title":"cut""" + "\n" + Good);
        Assert.False(items[0].IsAccepted);
        Assert.StartsWith("malformed or truncated JSON", items[0].Rejection!.Reason, StringComparison.Ordinal);
        Assert.True(items[1].IsAccepted);
    }

    [Fact]
    public void Rejects_a_truncated_last_line_without_line_feed()
    {
        var items = Read.Text("ads.jsonl", Good + "\n" + Good[..40]);
        Assert.Equal([true, false], items.Select(i => i.IsAccepted));
        Assert.Equal(2, items[1].Rejection!.Line);
    }

    [Theory]
    [InlineData("""{"ad_id":"1","posted_at":"2026-03-01","title":"t"}""", "missing required field: site")]
    [InlineData("""{"site":"s","posted_at":"2026-03-01","title":"t"}""", "missing required field: ad_id or url")]
    [InlineData("""{"site":"s","ad_id":"1","posted_at":"2026-03-01"}""", "missing required field: title or body")]
    [InlineData("""{"site":"  ","ad_id":null,"posted_at":"2026-03-01","body":""}""", "missing required fields: site, ad_id or url, title or body")]
    [InlineData("""{"site":"s","ad_id":"1","posted_at":"2026-03-01","title":["a"]}""", "field 'title' must be text, not an array")]
    [InlineData("""{"site":42,"ad_id":"1","posted_at":"2026-03-01","title":"t"}""", "field 'site' must be text, not a number")]
    [InlineData("""{"site":"s","ad_id":{"v":1},"posted_at":"2026-03-01","title":"t"}""", "field 'ad_id' must be text or a number, not a JSON object")]
    [InlineData("""{"site":"s","ad_id":"1","site":"t","posted_at":"2026-03-01","title":"t"}""", "field 'site' appears twice")]
    [InlineData("\"just text\"", "not a JSON object but a string")]
    public void Rejects_with_a_reason_that_names_the_problem(string line, string reason)
    {
        var rejection = Read.Rejected("ads.jsonl", line + "\n");
        Assert.Equal(reason, rejection.Reason);
        Assert.Equal(1, rejection.Line);
        Assert.StartsWith(line[..Math.Min(line.Length, 20)], rejection.Excerpt, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_a_50_MB_body_without_holding_it_and_reads_on()
    {
        var limits = AdReaderLimits.Default;
        using var dir = new TempDir();
        var path = dir.Combine("huge.jsonl");
        using (var stream = File.Create(path))
        {
            stream.Write(Encoding.UTF8.GetBytes("""{"site":"s.example","ad_id":"big","posted_at":"2026-03-01","body":""" + "\""));
            var block = Encoding.ASCII.GetBytes(new string('x', 1024 * 1024));
            for (var i = 0; i < 50; i++)
            {
                stream.Write(block);
            }

            stream.Write(Encoding.UTF8.GetBytes("\"}\n" + Good + "\n"));
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        var items = AdFileReader.Read(path, limits).ToList();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal([false, true], items.Select(i => i.IsAccepted));
        Assert.StartsWith("record is 52,428,", items[0].Rejection!.Reason, StringComparison.Ordinal);
        Assert.EndsWith("over the limit of 1,048,576 bytes; skipped unread", items[0].Rejection!.Reason, StringComparison.Ordinal);
        Assert.Equal(2, items[1].Ad!.Line);
        Assert.True(allocated < 8L * 1024 * 1024, $"allocated {allocated} bytes");
    }

    [Fact]
    public void Rejects_a_record_with_more_fields_than_the_limit()
    {
        var fields = string.Join(",", Enumerable.Range(0, 300).Select(i => $"\"f{i}\":\"v\""));
        var rejection = Read.Rejected("ads.jsonl", """{"site":"s","ad_id":"1","posted_at":"2026-03-01","title":"t",""" + fields + "}");
        Assert.Equal("more than 256 fields", rejection.Reason);
    }
}
