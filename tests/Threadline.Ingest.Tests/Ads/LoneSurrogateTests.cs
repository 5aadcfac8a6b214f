using Threadline.Ingest.Ads;

namespace Threadline.Ingest.Tests.Ads;

/// <summary>
/// A JSON escape of half a surrogate pair (<c>\ud800</c>) is valid JSON syntax but no text: the record
/// is rejected and the run goes on; before, it threw out of <c>ingest ads</c> (issue 12, item 6).
/// </summary>
public sealed class LoneSurrogateTests
{
    private const string Good = """{"site":"s.example","ad_id":"1","posted_at":"2026-03-01","title":"good"}""";

    [Theory]
    [InlineData("""{"site":"s.example","ad_id":"2","posted_at":"2026-03-01","title":"\ud800"}""", "lone surrogate escape \\ud800 at byte 67 of the record (not text)")]
    [InlineData("""{"site":"s.example","ad_id":"2","posted_at":"2026-03-01","title":"ok \udc00 ok"}""", "lone surrogate escape \\udc00 at byte 70 of the record (not text)")]
    [InlineData("""{"site":"s.example","ad_id":"2","posted_at":"2026-03-01","title":"\ud83d x"}""", "lone surrogate escape \\ud83d at byte 67 of the record (not text)")]
    [InlineData("""{"site":"s.example","ad_id":"2","posted_at":"2026-03-01","title":"t","\uD800name":"v"}""", "lone surrogate escape \\uD800 at byte 71 of the record (not text)")]
    [InlineData("""{"site":"s.example","ad_id":"2","posted_at":"2026-03-01","title":"t","images":["a.jpg","\udfff"]}""", "lone surrogate escape \\udfff at byte 89 of the record (not text)")]
    public void A_lone_surrogate_escape_rejects_the_record_and_keeps_the_others(string bad, string reason)
    {
        var items = Read.Text("ads.jsonl", Good + "\n" + bad + "\n" + Good.Replace("\"1\"", "\"3\"", StringComparison.Ordinal) + "\n");

        Assert.Equal([true, false, true], items.Select(i => i.IsAccepted));
        Assert.Equal(2, items[1].Rejection!.Line);
        Assert.Equal(reason, items[1].Rejection!.Reason);
    }

    [Theory]
    [InlineData("""{"site":"s.example","ad_id":"2","posted_at":"2026-03-01","title":"\ud83d\ude00"}""", "\U0001F600")]
    [InlineData("""{"site":"s.example","ad_id":"2","posted_at":"2026-03-01","title":"\\ud800"}""", "\\ud800")]
    public void A_surrogate_pair_and_an_escaped_backslash_are_text(string line, string title)
    {
        Assert.Equal(title, Read.Single("ads.jsonl", line + "\n").Title);
    }

    [Fact]
    public void A_run_reads_the_files_after_one_with_a_lone_surrogate_and_a_rerun_does_not_fail()
    {
        using var dir = new TempDir();
        var bad = dir.File("a.jsonl", Good + "\n" + """{"site":"s.example","ad_id":"2","posted_at":"2026-03-01","title":"\ud800"}""" + "\n");
        var later = dir.File("b.jsonl", Good.Replace("\"1\"", "\"9\"", StringComparison.Ordinal) + "\n");
        var store = new InMemoryStore();

        var first = new AdIngestRunner(store).Run([dir.Path]);
        var again = new AdIngestRunner(store).Run([dir.Path]);

        Assert.Equal([bad, later], first.Files.Select(f => f.Path));
        Assert.Equal((2L, 1L), (first.Accepted, first.Rejected));
        Assert.Equal(2, store.CountEntities("Advertisement"));
        Assert.All(again.Files, f => Assert.Equal(FileStatus.AlreadyIngested, f.Status));
    }
}
