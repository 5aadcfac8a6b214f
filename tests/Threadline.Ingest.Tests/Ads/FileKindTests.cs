using Threadline.Ingest.Ads;

namespace Threadline.Ingest.Tests.Ads;

public sealed class FileKindTests
{
    [Fact]
    public void Reads_nothing_from_an_empty_file()
    {
        Assert.Empty(Read.Bytes("empty.jsonl", []));
        Assert.Empty(Read.Bytes("empty.csv", []));
        Assert.Empty(Read.Text("blank.jsonl", "\uFEFF  \r\n\n"));
    }

    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0 }, "binary file (PNG image), not an ad export")]
    [InlineData(new byte[] { 0x1F, 0x8B, 8, 0, 0, 0 }, "binary file (gzip archive), not an ad export")]
    [InlineData(new byte[] { (byte)'{', (byte)'"', 0, 1, 2, (byte)'}' }, "binary file (contains NUL bytes), not an ad export")]
    [InlineData(new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, (byte)'a' }, "binary file (mostly control bytes), not an ad export")]
    [InlineData(new byte[] { 0xFF, 0xFE, (byte)'{', 0 }, "UTF-16 text; ad exports must be UTF-8")]
    public void Rejects_a_binary_file_as_a_whole_with_one_reason(byte[] bytes, string reason)
    {
        var rejection = Assert.Single(Read.Bytes("ads.jsonl", bytes)).Rejection!;
        Assert.Equal(reason, rejection.Reason);
        Assert.Equal(0, rejection.Line);
    }

    [Theory]
    [InlineData("""[{"site":"s"}]""")]
    [InlineData("[\n  {\n    \"site\": \"s\"\n  },\n  {\n    \"site\": \"t\"\n  }\n]\n")]
    [InlineData("[\n{\"site\":\"s\"},\n{\"site\":\"t\"}\n]\n")]
    public void Rejects_a_json_array_file_as_not_json_lines(string text)
    {
        var rejection = Assert.Single(Read.Text("ads.json", text)).Rejection!;
        Assert.Equal("a JSON array; ad exports must be JSON Lines (one object per line)", rejection.Reason);
    }

    [Theory]
    [InlineData("ads.jsonl")]
    [InlineData("export")]
    public void A_damaged_first_line_that_starts_like_an_array_rejects_only_that_line(string name)
    {
        var good = """{"site":"s.example","ad_id":"2","posted_at":"2026-03-01","title":"kept"}""";
        var items = Read.Text(name, "[[[" + good + "\n" + good + "\n");

        Assert.Equal([false, true], items.Select(i => i.IsAccepted));
        Assert.Equal(1, items[0].Rejection!.Line);
    }

    [Theory]
    [InlineData("ads.jsonl", "x", AdFormat.JsonLines)]
    [InlineData("ads.NDJSON", "x", AdFormat.JsonLines)]
    [InlineData("ads.tsv", "x", AdFormat.Csv)]
    [InlineData("ad.HTM", "x", AdFormat.Html)]
    [InlineData("dump", "  {\"site\":1}", AdFormat.JsonLines)]
    [InlineData("page", "<!DOCTYPE html>", AdFormat.Html)]
    [InlineData("export.txt", "site;ad_id;posted_at;title", AdFormat.Csv)]
    [InlineData("notes.txt", "dear diary", null)]
    public void Takes_the_format_from_the_extension_else_from_the_first_bytes(string name, string text, AdFormat? expected)
    {
        using var dir = new TempDir();
        Assert.Equal(expected, AdFileReader.DetectFormat(dir.File(name, text)));
    }

    [Fact]
    public void Rejects_an_unrecognised_text_file_with_one_reason()
    {
        var rejection = Assert.Single(Read.Text("notes.txt", "dear diary\n")).Rejection!;
        Assert.Equal("unrecognised format: not JSON Lines, CSV with a header, or an HTML page", rejection.Reason);
    }
}
