using System.Text.Json;
using Threadline.Ingest.Ads;

namespace Threadline.Ingest.Tests.Pipeline;

/// <summary>The rules every ingest shares, seen through a minimal format (<see cref="LineFormat"/>) and through ads.</summary>
public sealed class IngestPipelineTests
{
    [Fact]
    public void A_file_read_without_problems_is_skipped_on_the_next_run_whatever_the_options()
    {
        using var dir = new TempDir();
        var file = dir.File("a.txt", "one\ntwo\n");
        using var store = new InMemoryStore();

        var first = Run(store, new LineFormat("x"), [file]);
        var second = Run(store, new LineFormat("y"), [file]);

        Assert.Equal((FileStatus.Ingested, 2L), (first.Files[0].Status, first.Accepted));
        Assert.Equal(FileStatus.AlreadyIngested, second.Files[0].Status);
        Assert.Equal("already read (2 accepted, 0 rejected): skipped", second.Files[0].Note);
    }

    [Fact]
    public void A_file_with_rejected_records_is_read_again_only_when_the_options_that_shape_its_reading_change()
    {
        using var dir = new TempDir();
        var file = dir.File("a.txt", "one\nbad two\n");
        using var store = new InMemoryStore();

        var first = Run(store, new LineFormat("x"), [file]);
        var same = Run(store, new LineFormat("x"), [file]);
        var changed = Run(store, new LineFormat("y"), [file]);

        Assert.Equal((1L, 1L), (first.Accepted, first.Rejected));
        Assert.Equal(FileStatus.AlreadyIngested, same.Files[0].Status);
        Assert.Equal("already read with the same options (1 accepted, 1 rejected): skipped", same.Files[0].Note);
        Assert.Equal((FileStatus.Ingested, 1L, 1L), (changed.Files[0].Status, changed.Accepted, changed.Rejected));
        Assert.Equal("y", store.GetMeta(SourceIds.OptionsKey("lines", SourceIds.Of(Hash(file)))));
    }

    [Fact]
    public void A_file_rejected_for_its_content_is_done_for_its_options_and_a_file_of_another_kind_is_never_read()
    {
        using var dir = new TempDir();
        var header = dir.File("h.txt", "!header\nbad\n");
        var binary = dir.File("b.bin", "01");
        using var store = new InMemoryStore();

        var first = Run(store, new LineFormat("x"), [header, binary]);
        var again = Run(store, new LineFormat("x"), [header, binary]);
        var other = Run(store, new LineFormat("y"), [header, binary]);

        Assert.Equal([FileStatus.Rejected, FileStatus.Rejected], first.Files.Select(f => f.Status));
        Assert.Equal(["unusable header", "not lines"], first.Files.Select(f => f.Note));
        Assert.Equal(2, first.RejectedFiles);
        Assert.Equal([FileStatus.AlreadyIngested, FileStatus.AlreadyIngested], again.Files.Select(f => f.Status));
        Assert.Equal([FileStatus.Rejected, FileStatus.Rejected], other.Files.Select(f => f.Status));
        Assert.Null(store.GetEntity(SourceIds.Of(Hash(binary)))); // a file not of this kind gets no Source
        Assert.Equal(["contentHash", "fileName", "fileSize", "format", "name"], store.GetEntity(SourceIds.Of(Hash(header)))!.Statements.Select(s => s.Property).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_second_copy_in_the_same_run_is_decided_after_the_first_is_recorded()
    {
        using var dir = new TempDir();
        var a = dir.File("a.txt", "one\n");
        var copy = dir.File("copy.txt", "one\n");
        using var store = new InMemoryStore();

        var summary = Run(store, new LineFormat(), [a, copy]);

        Assert.Equal([FileStatus.Ingested, FileStatus.AlreadyIngested], summary.Files.Select(f => f.Status));
        Assert.Equal($"already read as {a} (1 accepted, 0 rejected): skipped", summary.Files[1].Note);
    }

    [Fact]
    public void A_folder_gives_the_files_the_format_wants_a_named_file_is_always_read_and_links_are_skipped_with_a_note()
    {
        using var dir = new TempDir();
        dir.File("in/a.txt", "one\n");
        dir.File("in/notes.md", "two\n");
        dir.File("in/.hidden.txt", "three\n");
        var named = dir.File("other.md", "four\n");
        File.CreateSymbolicLink(dir.Combine("in/link.txt"), dir.Combine("in/a.txt"));
        using var store = new InMemoryStore();

        var summary = Run(store, new LineFormat(), [dir.Combine("in"), named]);

        Assert.Equal([(dir.Combine("in/a.txt"), FileStatus.Ingested), (named, FileStatus.Ingested), (dir.Combine("in/link.txt"), FileStatus.Skipped)], summary.Files.Select(f => (f.Path, f.Status)));
        Assert.Contains("link", summary.Files[2].Note, StringComparison.Ordinal);
        Assert.Equal(1, summary.SkippedFiles);
    }

    [Fact]
    public void Quarantine_lines_name_the_element_where_the_format_has_one_and_say_kept_where_it_keeps_records()
    {
        using var dir = new TempDir();
        var file = dir.File("a.txt", "one?\nbad\n");
        var bank = dir.Combine("bank.jsonl");
        var ads = dir.Combine("ads.jsonl");

        using (var store = new InMemoryStore())
        {
            Run(store, new LineFormat(keepsValues: false), [file], new IngestOptions { QuarantinePath = bank });
        }

        using (var store = new InMemoryStore())
        {
            Run(store, new LineFormat(keepsValues: true), [file], new IngestOptions { QuarantinePath = ads });
        }

        Assert.Equal(
            [["file", "line", "reason", "excerpt"], ["file", "line", "element", "reason", "excerpt"]],
            Lines(bank).Select(l => l.EnumerateObject().Select(p => p.Name).ToArray()));
        Assert.Equal(
            [["file", "line", "reason", "excerpt", "kept"], ["file", "line", "element", "reason", "excerpt", "kept"]],
            Lines(ads).Select(l => l.EnumerateObject().Select(p => p.Name).ToArray()));
        Assert.Equal([true, false], Lines(ads).Select(l => l.GetProperty("kept").GetBoolean()));
    }

    [Fact]
    public void Small_files_written_together_are_recorded_done_only_after_their_transaction_and_their_problems()
    {
        using var dir = new TempDir();
        var files = new[] { dir.File("a.txt", "one\nbad\n"), dir.File("b.txt", "two\n"), dir.File("c.txt", "three?\n") };
        var quarantine = dir.Combine("q.jsonl");
        using var store = new InMemoryStore();

        Assert.Throws<IOException>(() => new IngestPipeline<string>(new FailingStore(store, failAfterWrites: 0), new LineFormat(keepsValues: true), new IngestOptions { QuarantinePath = quarantine }).Run(files));
        Assert.All(files, f => Assert.Null(store.GetSource(SourceIds.Of(Hash(f)))));
        Assert.False(File.Exists(quarantine));

        var summary = Run(store, new LineFormat(keepsValues: true), files, new IngestOptions { QuarantinePath = quarantine });

        Assert.All(summary.Files, f => Assert.True(f.SharedBatch));
        Assert.Equal(18, summary.Statements.Inserted); // a thing and five Source statements per file
        Assert.All(files, f => Assert.True(store.GetSource(SourceIds.Of(Hash(f)))!.Completed));
        Assert.Equal([(files[0], 2, false), (files[2], 1, true)], Lines(quarantine).Select(l => (l.GetProperty("file").GetString(), l.GetProperty("line").GetInt32(), l.GetProperty("kept").GetBoolean())));
    }

    [Fact]
    public void Pages_read_ahead_on_several_cores_are_stored_as_one_file_at_a_time_stores_them()
    {
        using var dir = new TempDir();
        var files = new List<string>();
        for (var i = 0; i < 40; i++)
        {
            var posted = new DateTimeOffset(2026, 3, 1 + (i % 20), 10, 0, 0, TimeSpan.Zero).ToString("O", System.Globalization.CultureInfo.InvariantCulture);
            files.Add(dir.File($"pages/{i:00}.html", $"<html><head><meta property=\"og:site_name\" content=\"s{i % 3}.example\"></head><body><article data-ad-id=\"{i % 25}\"><time datetime=\"{posted}\"></time><h1>Ad {i % 7}</h1></article>{(i % 9 == 0 ? "<p>" + new string('x', 5000) : string.Empty)}</body></html>"));
        }

        files.Add(dir.File("pages/bad.html", "<html><body>no ad here</body></html>"));
        using var one = new InMemoryStore();
        using var many = new InMemoryStore();

        var sequential = new IngestPipeline<AdRecord>(one, new AdIngestFormat(), new IngestOptions { ReadAheadFiles = 1, QuarantinePath = dir.Combine("q1.jsonl") }).Run([dir.Combine("pages")]);
        var parallel = new IngestPipeline<AdRecord>(many, new AdIngestFormat(), new IngestOptions { ReadAheadFiles = 16, QuarantinePath = dir.Combine("q2.jsonl") }).Run([dir.Combine("pages")]);

        Assert.Equal((40L, 1L), (parallel.Accepted, parallel.Rejected));
        Assert.Equal(sequential.Files.Select(f => (f.Path, f.Status, f.StatementsInserted)), parallel.Files.Select(f => (f.Path, f.Status, f.StatementsInserted)));
        Assert.Equal(Dump(one), Dump(many));
        Assert.Equal(File.ReadAllText(dir.Combine("q1.jsonl")), File.ReadAllText(dir.Combine("q2.jsonl")));
    }

    [Fact]
    public void Small_files_the_workspace_already_holds_are_not_read_ahead_and_many_files_go_through_a_small_read_ahead()
    {
        using var dir = new TempDir();
        var files = Enumerable.Range(0, 300).Select(i => dir.File($"f{i:000}.txt", $"line {i}\n{(i % 50 == 0 ? "bad\n" : string.Empty)}")).ToArray();
        using var store = new InMemoryStore();
        var format = new LineFormat();

        var first = Run(store, format, files, new IngestOptions { ReadAheadFiles = 3, BatchSize = 7 });
        var readFirst = format.Reads;
        var again = Run(store, format, files, new IngestOptions { ReadAheadFiles = 3, BatchSize = 7 });

        Assert.Equal((300L, 6L), (first.Accepted, first.Rejected));
        Assert.Equal(300, readFirst);
        Assert.All(again.Files, f => Assert.Equal(FileStatus.AlreadyIngested, f.Status));
        Assert.Equal(300, format.Reads); // none read again, ahead or not
        Assert.All(files, f => Assert.True(store.GetSource(SourceIds.Of(Hash(f)))!.Completed));
    }

    [Fact]
    public void A_record_the_workspace_refuses_costs_only_itself_in_a_batch_of_its_own_file_and_in_one_shared_by_files()
    {
        using var dir = new TempDir();
        var big = dir.File("big.txt", "one\nclash\ntwo\nbad\nthree\n");
        var small = new[] { dir.File("a.txt", "four\nclash\n"), dir.File("b.txt", "five\n") };
        var quarantine = dir.Combine("q.jsonl");
        using var store = new InMemoryStore();
        var refusing = new FailingStore(store, int.MaxValue, s => s.Value == "clash");

        var streamed = new IngestPipeline<string>(refusing, new LineFormat(), new IngestOptions { QuarantinePath = quarantine, ReadAheadBytes = 0, BatchSize = 4 }).Run([big]);
        var shared = new IngestPipeline<string>(refusing, new LineFormat(), new IngestOptions { QuarantinePath = quarantine }).Run(small);

        Assert.Equal((3L, 2L), (streamed.Accepted, streamed.Rejected));
        Assert.Equal([(1L, 1L), (1L, 0L)], shared.Files.Select(f => (f.Accepted, f.Rejected)));
        Assert.Equal(["five", "four", "one", "three", "two"], store.Entities("Thing").Select(e => e.Statements[0].Value).Order(StringComparer.Ordinal));
        var source = store.GetSource(SourceIds.Of(Hash(big)))!;
        Assert.Equal((true, 3L, 2L), (source.Completed, source.Accepted, source.Rejected));
        Assert.Equal((true, 1L, 1L), (store.GetSource(SourceIds.Of(Hash(small[0])))!.Completed, store.GetSource(SourceIds.Of(Hash(small[0])))!.Accepted, store.GetSource(SourceIds.Of(Hash(small[0])))!.Rejected));
        Assert.Equal(
            [(big, 2, "not kept, the workspace refused it: entity 'thing-clash' is a 'Thing' and cannot also be a 'Clash'"), (big, 4, "a bad line"), (small[0], 2, "not kept, the workspace refused it: entity 'thing-clash' is a 'Thing' and cannot also be a 'Clash'")],
            Lines(quarantine).Select(l => (l.GetProperty("file").GetString(), l.GetProperty("line").GetInt32(), l.GetProperty("reason").GetString())));
    }

    private static IngestSummary Run(InMemoryStore store, LineFormat format, string[] paths, IngestOptions? options = null) =>
        new IngestPipeline<string>(store, format, options).Run(paths);

    private static string Hash(string file) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(file)));

    private static List<JsonElement> Lines(string path) => File.ReadAllLines(path).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();

    private static string Dump(InMemoryStore store) =>
        string.Join('\n', store.ReadStatements(Storage.StatementQuery.All).Select(s => string.Join('\t', s.Id, s.Value, s.Locator, s.FirstSeen, s.LastSeen)));
}
