using System.Text.Json;
using Threadline.Core.Statements;
using Threadline.Ingest.Ads;
using Threadline.Storage;

namespace Threadline.Ingest.Tests.Ads;

/// <summary>What an ingest run must do, against any store engine (subclasses pick the engine).</summary>
public abstract class IngestRunSpecs
{
    /// <summary>Opens (or creates) a workspace in <paramref name="directory"/>.</summary>
    protected abstract IWorkspaceStore OpenStore(string directory);

    internal static string AdLine(string id, string posted, string title, string body = "text", string site = "rosegarden.example") =>
        JsonSerializer.Serialize(new { site, ad_id = id, posted_at = posted, city = "Gent", country = "BE", title, body, phone = "0470 00 00 00" });

    [Fact]
    public void Ingests_the_shipped_samples_and_rejects_only_the_bad_ones()
    {
        using var dir = new TempDir();
        using var store = OpenStore(dir.Path);
        var quarantine = dir.Combine("quarantine.jsonl");

        var summary = new AdIngestRunner(store, new AdIngestOptions { QuarantinePath = quarantine }).Run([RepoPaths.Samples]);

        var good = summary.Files.Where(f => !f.Path.Contains("bad", StringComparison.Ordinal)).ToList();
        Assert.All(good, f => Assert.Equal(FileStatus.Ingested, f.Status));
        Assert.Equal(62, good.Sum(f => f.Accepted));
        Assert.Equal(0, good.Sum(f => f.Rejected));
        Assert.Equal(67, summary.Accepted); // with the two bad-date ads of the bad files, kept undated
        Assert.Equal(7, summary.Rejected);
        Assert.Equal(2, summary.ValuesLeftOut);
        Assert.Equal(1, summary.SkippedFiles);
        Assert.Equal(1, summary.RejectedFiles);
        Assert.Equal(9, File.ReadAllLines(quarantine).Length);
        Assert.Equal(6, store.CountEntities("Site"));
        Assert.Equal(14, store.CountEntities("Source")); // 12 good files, 2 with bad records; the binary one has none
        Assert.True(store.CountEntities("Advertisement") >= 50);
    }

    [Fact]
    public void Ingesting_the_same_file_again_adds_nothing()
    {
        using var dir = new TempDir();
        var file = dir.File("ads.jsonl", AdLine("1", "2026-03-01", "a") + "\n" + AdLine("2", "2026-03-02", "b") + "\n");
        var copy = dir.File("copy/renamed.jsonl", File.ReadAllText(file));
        using var store = OpenStore(dir.Path);

        var first = new AdIngestRunner(store).Run([file]);
        var count = store.CountStatements();
        var second = new AdIngestRunner(store).Run([file, copy]);

        Assert.True(first.StatementsInserted > 0);
        Assert.Equal(count, first.StatementsInserted);
        Assert.Equal(0, second.StatementsInserted);
        Assert.Equal(count, store.CountStatements());
        Assert.All(second.Files, f => Assert.Equal(FileStatus.AlreadyIngested, f.Status));
        Assert.Equal(2, second.SkippedFiles);
        Assert.Equal((0L, 0L), (second.Accepted, second.Rejected));
        Assert.Equal("already read (2 accepted, 0 rejected): skipped", second.Files[0].Note);
        Assert.Equal($"already read as {file} (2 accepted, 0 rejected): skipped", second.Files[1].Note);
    }

    [Fact]
    public void Keeps_both_versions_of_a_reposted_ad_with_their_times()
    {
        using var dir = new TempDir();
        var file = dir.File("ads.jsonl", string.Join('\n',
            AdLine("7", "2026-03-01T10:00:00Z", "New in Gent", "Sweet and new."),
            AdLine("7", "2026-03-05T10:00:00Z", "New in Gent - last days", "Sweet and new."),
            AdLine("7", "2026-03-09T10:00:00Z", "New in Gent - last days", "Last days, then Brussels.")));
        using var store = OpenStore(dir.Path);

        new AdIngestRunner(store).Run([file]);

        var ad = store.GetEntity(AdStatements.AdId("rosegarden.example", "7", null))!;
        Assert.Equal(["New in Gent", "New in Gent - last days"], ad.Get("title").ToArray());
        Assert.Equal(["Sweet and new.", "Last days, then Brussels."], ad.Get("body").ToArray());
        Assert.Equal(3, ad.Get("postedAt").Length);
        var titles = ad.Statements.Where(s => s.Property == "title").ToDictionary(s => s.Value, StringComparer.Ordinal);
        Assert.Equal(Day(1), titles["New in Gent"].FirstSeen);
        Assert.Equal(Day(1), titles["New in Gent"].LastSeen);
        Assert.Equal(Day(5), titles["New in Gent - last days"].FirstSeen);
        Assert.Equal(Day(9), titles["New in Gent - last days"].LastSeen);
        var body = ad.Statements.Single(s => s.Property == "body" && s.Value == "Sweet and new.");
        Assert.Equal((Day(1), Day(5)), (body.FirstSeen, body.LastSeen));
        Assert.Equal("ads.jsonl:1", body.Locator);

        static DateTimeOffset Day(int day) => new(2026, 3, day, 10, 0, 0, TimeSpan.Zero);
    }

    [Fact]
    public void Records_the_source_site_and_provenance_of_every_value()
    {
        using var dir = new TempDir();
        var text = AdLine("1", "2026-03-01T10:00:00Z", "a") + "\n" + AdLine("2", "2026-03-04T10:00:00Z", "b") + "\n";
        var file = dir.File("ads.jsonl", text);
        using var store = OpenStore(dir.Path);

        new AdIngestRunner(store).Run([file]);

        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(file)));
        var sourceId = AdStatements.SourceId(hash);
        var source = store.GetEntity(sourceId)!;
        Assert.Equal(["contentHash", "fileName", "fileSize", "format", "name", "site"], source.Statements.Select(s => s.Property).Order(StringComparer.Ordinal));
        Assert.Equal("ads.jsonl", source.First("name"));
        Assert.Equal("ads.jsonl", source.First("fileName"));
        Assert.Equal(hash, source.First("contentHash"));
        Assert.Equal(new FileInfo(file).Length.ToString(System.Globalization.CultureInfo.InvariantCulture), source.First("fileSize"));
        Assert.Equal("jsonl", source.First("format"));
        Assert.Equal(AdStatements.SiteId("rosegarden.example"), source.First("site"));

        var site = store.GetEntity(AdStatements.SiteId("rosegarden.example"))!;
        var name = Assert.Single(site.Statements);
        Assert.Equal("rosegarden.example", name.Value);
        Assert.Equal((new DateTimeOffset(2026, 3, 1, 10, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 3, 4, 10, 0, 0, TimeSpan.Zero)), (name.FirstSeen, name.LastSeen));

        var ad = store.GetEntity(AdStatements.AdId("rosegarden.example", "2", null))!;
        Assert.All(ad.Statements, s =>
        {
            Assert.Equal(sourceId, s.Source);
            Assert.Equal("ads.jsonl:2", s.Locator);
            Assert.Equal("ingest.ads", s.Producer);
            Assert.Equal(AdStatements.ProducerVersion, s.ProducerVersion);
        });
        var state = store.GetSource(sourceId)!;
        Assert.Equal(new SourceState(sourceId, file, hash, "ads", true, 2, 0), state);
    }

    [Fact]
    public void Writes_each_rejection_to_the_quarantine_file_and_keeps_the_good_records()
    {
        using var dir = new TempDir();
        var file = dir.File("ads.jsonl", AdLine("1", "2026-03-01", "ok") + "\n{\"site\":\"s\"\n" + AdLine("", "2026-03-01", "no id") + "\n" + AdLine("3", "2026-03-01", "ok") + "\n");
        var binary = dir.Bytes("photo.jsonl", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var empty = dir.Bytes("empty.csv", []);
        var quarantine = dir.Combine("out/quarantine.jsonl");
        using var store = OpenStore(dir.Path);

        var summary = new AdIngestRunner(store, new AdIngestOptions { QuarantinePath = quarantine }).Run([file, binary, empty]);

        Assert.Equal((2L, 3L), (summary.Accepted, summary.Rejected));
        Assert.Equal([FileStatus.Ingested, FileStatus.Rejected, FileStatus.Empty], summary.Files.Select(f => f.Status));
        Assert.Equal("empty file (0 bytes): nothing to read", summary.Files[2].Note);
        Assert.Equal("binary file (PNG image), not an ad export", summary.Files[1].Note);
        var lines = File.ReadAllLines(quarantine).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal([2, 3, 0], lines.Select(l => l.GetProperty("line").GetInt32()));
        Assert.Equal([file, file, binary], lines.Select(l => l.GetProperty("file").GetString()));
        Assert.StartsWith("malformed or truncated JSON", lines[0].GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal("missing required field: ad_id or url", lines[1].GetProperty("reason").GetString());
        Assert.All(lines, l => Assert.False(l.GetProperty("kept").GetBoolean()));
        Assert.Equal("{\"site\":\"s\"", lines[0].GetProperty("excerpt").GetString());
        Assert.Equal(3, summary.SampleRejections.Count);
        Assert.Equal(2, store.CountEntities("Advertisement"));
    }

    [Fact]
    public void Keeps_an_ad_with_an_unreadable_date_undated_and_lists_the_value_in_the_quarantine()
    {
        using var dir = new TempDir();
        var file = dir.File("ads.jsonl", AdLine("1", "yesterday-ish", "undated") + "\n" + AdLine("2", "2026-03-04T10:00:00Z", "dated") + "\n");
        var quarantine = dir.Combine("quarantine.jsonl");
        using var store = OpenStore(dir.Path);

        var summary = new AdIngestRunner(store, new AdIngestOptions { QuarantinePath = quarantine }).Run([file]);

        Assert.Equal((2L, 0L, 1L), (summary.Accepted, summary.Rejected, summary.ValuesLeftOut));
        Assert.Equal(1, summary.Files[0].ValuesLeftOut);
        var line = JsonDocument.Parse(Assert.Single(File.ReadAllLines(quarantine))).RootElement;
        Assert.Equal(1, line.GetProperty("line").GetInt32());
        Assert.Equal("unparseable date in 'posted_at': 'yesterday-ish'; the ad is kept without this value", line.GetProperty("reason").GetString());
        Assert.Equal("yesterday-ish", line.GetProperty("excerpt").GetString());
        Assert.True(line.GetProperty("kept").GetBoolean());
        Assert.True(Assert.Single(summary.SampleRejections).Kept);

        // Undated: no postedAt value, and first/last seen unknown rather than the file's or the run's time.
        var undated = store.GetEntity(AdStatements.AdId("rosegarden.example", "1", null))!;
        Assert.Empty(undated.Get("postedAt"));
        Assert.Equal("undated", undated.First("title"));
        Assert.All(undated.Statements, s => Assert.Equal((null, null), (s.FirstSeen, s.LastSeen)));

        // The site's window comes from the dated ad only.
        var dated = new DateTimeOffset(2026, 3, 4, 10, 0, 0, TimeSpan.Zero);
        var site = Assert.Single(store.GetEntity(AdStatements.SiteId("rosegarden.example"))!.Statements);
        Assert.Equal((dated, dated), (site.FirstSeen, site.LastSeen));
    }

    [Fact]
    public void A_site_with_only_undated_ads_is_named_without_a_window()
    {
        using var dir = new TempDir();
        var file = dir.File("ads.jsonl", JsonSerializer.Serialize(new { site = "undated.example", ad_id = "1", title = "t" }) + "\n");
        using var store = OpenStore(dir.Path);

        new AdIngestRunner(store).Run([file]);

        var site = Assert.Single(store.GetEntity(AdStatements.SiteId("undated.example"))!.Statements);
        Assert.Equal(("undated.example", null, null), (site.Value, site.FirstSeen, site.LastSeen));
    }

    [Fact]
    public void Walks_a_directory_recursively_in_ordinal_path_order_skipping_dot_files_and_excluded_paths()
    {
        using var dir = new TempDir();
        var root = dir.Combine("in");
        dir.File("in/b.jsonl", AdLine("1", "2026-03-01", "b"));
        dir.File("in/a/z.jsonl", AdLine("2", "2026-03-01", "z"));
        dir.File("in/B.jsonl", AdLine("3", "2026-03-01", "B"));
        dir.File("in/.hidden.jsonl", AdLine("4", "2026-03-01", "hidden"));
        dir.File("in/.git/x.jsonl", AdLine("5", "2026-03-01", "git"));
        dir.Bytes("in/threadline.db", [1, 2, 3]);
        using var store = OpenStore(dir.Path);

        var summary = new AdIngestRunner(store, new AdIngestOptions { ExcludePaths = [dir.Combine("in/threadline.db")] }).Run([root]);

        Assert.Equal(
            [Path.Combine(root, "B.jsonl"), Path.Combine(root, "a", "z.jsonl"), Path.Combine(root, "b.jsonl")],
            summary.Files.Select(f => f.Path));
    }

    [Fact]
    public void A_missing_path_stops_the_run_before_anything_is_written()
    {
        using var dir = new TempDir();
        var file = dir.File("ads.jsonl", AdLine("1", "2026-03-01", "a"));
        using var store = OpenStore(dir.Path);

        var error = Assert.Throws<FileNotFoundException>(() => new AdIngestRunner(store).Run([file, dir.Combine("nope.csv")]));

        Assert.Equal($"No such file or directory: {dir.Combine("nope.csv")}", error.Message);
        Assert.Equal(0, store.CountStatements());
    }

    [Fact]
    public void Reports_progress_in_bytes_and_records_up_to_the_total()
    {
        using var dir = new TempDir();
        var lines = Enumerable.Range(0, 2500).Select(i => AdLine(i.ToString(System.Globalization.CultureInfo.InvariantCulture), "2026-03-01", "t"));
        var file = dir.File("ads.jsonl", string.Join('\n', lines));
        var reports = new List<IngestProgress>();
        using var store = OpenStore(dir.Path);

        new AdIngestRunner(store, new AdIngestOptions { BatchSize = 5000 }).Run([file], new SyncProgress(reports.Add));

        Assert.True(reports.Count >= 3);
        Assert.Equal(reports.Select(r => r.BytesRead).Order(), reports.Select(r => r.BytesRead));
        Assert.Equal(reports.Select(r => r.Records).Order(), reports.Select(r => r.Records));
        var last = reports[^1];
        Assert.Equal((new FileInfo(file).Length, 2500L, 2500L), (last.BytesRead, last.Records, last.Accepted));
        Assert.Equal(1.0, last.Fraction);
        Assert.Equal(store.CountStatements(), last.StatementsInserted);
    }
}
