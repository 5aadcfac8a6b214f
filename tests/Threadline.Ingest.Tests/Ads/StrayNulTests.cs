using System.Text;
using Threadline.Ingest.Ads;

namespace Threadline.Ingest.Tests.Ads;

/// <summary>
/// A NUL byte in a text export is damage in one record, not proof of a binary file: the file is read,
/// the record with the NUL is rejected and the records around it are kept (issue 12, item 4).
/// </summary>
public sealed class StrayNulTests
{
    private static string Line(string id, string title) =>
        $$"""{"site":"s.example","ad_id":"{{id}}","posted_at":"2026-03-01","title":"{{title}}"}""";

    [Fact]
    public void A_stray_nul_in_a_json_lines_export_rejects_only_its_record()
    {
        var bytes = Join(Line("1", "first"), Line("2", "bro\0ken"), Line("3", "third"));

        var items = Read.Bytes("ads.jsonl", bytes);

        Assert.Equal([true, false, true], items.Select(i => i.IsAccepted));
        Assert.Equal(["1", "3"], items.Where(i => i.IsAccepted).Select(i => i.Ad!.AdId));
        var rejection = items[1].Rejection!;
        Assert.Equal(2, rejection.Line);
        Assert.Equal("NUL byte at byte 70 of the record (binary data in a text file)", rejection.Reason);
    }

    [Fact]
    public void A_stray_nul_in_a_csv_export_rejects_only_its_row()
    {
        var bytes = Join("site,ad_id,posted_at,title", "s.example,1,2026-03-01,first", "s.example,2,2026-03-01,bro\0ken", "s.example,3,2026-03-01,third");

        var items = Read.Bytes("ads.csv", bytes);

        Assert.Equal([true, false, true], items.Select(i => i.IsAccepted));
        Assert.Equal(3, items[1].Rejection!.Line);
        Assert.Equal("NUL byte at byte 27 of the record (binary data in a text file)", items[1].Rejection!.Reason);
    }

    [Fact]
    public void A_file_with_many_nul_bytes_in_its_head_is_still_binary()
    {
        var bytes = new byte[4096];
        new Random(3).NextBytes(bytes);
        bytes[10] = 0;

        var rejection = Assert.Single(Read.Bytes("ads.jsonl", bytes)).Rejection!;

        Assert.Equal(0, rejection.Line);
        Assert.Equal("binary file (contains NUL bytes), not an ad export", rejection.Reason);
    }

    [Fact]
    public void A_few_nul_bytes_among_bytes_that_are_not_utf8_make_a_binary_file()
    {
        // Few control bytes, but the text around the NUL does not decode: a binary format, not a damaged export.
        var bytes = Enumerable.Range(0, 2000).Select(i => (byte)(0x80 + (i % 0x40))).ToArray();
        bytes[100] = 0;
        bytes[0] = (byte)'{';

        var rejection = Assert.Single(Read.Bytes("ads.jsonl", bytes)).Rejection!;

        Assert.Equal("binary file (contains NUL bytes), not an ad export", rejection.Reason);
    }

    [Fact]
    public void Utf16_without_a_byte_order_mark_is_named_as_such()
    {
        var bytes = Encoding.Unicode.GetBytes(Line("1", "utf-16") + "\n");

        var rejection = Assert.Single(Read.Bytes("ads.jsonl", bytes)).Rejection!;

        Assert.Equal("UTF-16 text without a byte order mark; ad exports must be UTF-8", rejection.Reason);
    }

    [Fact]
    public void An_ingest_run_keeps_the_good_records_of_a_file_with_a_stray_nul()
    {
        using var dir = new TempDir();
        var file = dir.Bytes("ads.jsonl", Join(Line("1", "first"), Line("2", "bro\0ken"), Line("3", "third")));
        var quarantine = dir.Combine("quarantine.jsonl");
        var store = new InMemoryStore();

        var summary = new AdIngestRunner(store, new AdIngestOptions { QuarantinePath = quarantine }).Run([file]);

        var only = Assert.Single(summary.Files);
        Assert.Equal(FileStatus.Ingested, only.Status);
        Assert.Equal((2L, 1L), (only.Accepted, only.Rejected));
        Assert.Equal(2, store.CountEntities("Advertisement"));
        Assert.Contains("\"line\":2", Assert.Single(File.ReadAllLines(quarantine)), StringComparison.Ordinal);
    }

    private static byte[] Join(params string[] lines) => Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n");
}
