using System.Globalization;
using System.Security.Cryptography;
using Threadline.Ingest.Ads;
using Threadline.Storage;

namespace Threadline.Ingest.Tests.Ads;

/// <summary>
/// A run stopped part-way (cancelled, or the process dying inside a write) and then run again must
/// leave the workspace and the quarantine file exactly as one clean run does.
/// </summary>
public abstract class ResumeSpecs
{
    private static readonly AdIngestOptions Small = new() { BatchSize = 100, ProgressEveryRecords = 10 };

    /// <summary>Opens the workspace in <paramref name="directory"/>; opening it again must give the same data.</summary>
    protected abstract IWorkspaceStore OpenStore(string directory);

    [Fact]
    public void A_run_cancelled_mid_file_and_run_again_ends_as_a_clean_run()
    {
        using var dir = new TempDir();
        var files = new[] { dir.File("in/a.jsonl", Lines(0, 300)), dir.File("in/b.jsonl", Lines(1000, 600)) };
        var clean = CleanRun(dir, files);

        var workspace = dir.Combine("stopped");
        var quarantine = dir.Combine("stopped.quarantine.jsonl");
        using (var store = OpenStore(workspace))
        using (var cancel = new CancellationTokenSource())
        {
            var progress = new SyncProgress(p =>
            {
                if (p.FileNumber == 2 && p.Records >= 650)
                {
                    cancel.Cancel();
                }
            });
            Assert.ThrowsAny<OperationCanceledException>(() =>
                new AdIngestRunner(store, Small with { QuarantinePath = quarantine }).Run(files, progress, cancel.Token));
            var partial = store.GetSource(SourceIdOf(files[1]))!;
            Assert.False(partial.Completed);
            Assert.InRange(partial.Accepted + partial.Rejected, 1, 599);
        }

        IngestSummary resumed;
        using (var store = OpenStore(workspace))
        {
            resumed = new AdIngestRunner(store, Small with { QuarantinePath = quarantine }).Run(files);
            Assert.Equal(clean.Dump, Dump(store, files));
        }

        Assert.Equal(FileStatus.AlreadyIngested, resumed.Files[0].Status);
        Assert.Equal(FileStatus.Ingested, resumed.Files[1].Status);
        Assert.True(resumed.Files[1].ResumedAfter > 0);
        Assert.Equal(clean.Summary.Files[1].Accepted, resumed.Files[1].Accepted);
        Assert.Equal(clean.Summary.Files[1].Rejected, resumed.Files[1].Rejected);
        Assert.Equal(clean.Quarantine, File.ReadAllText(quarantine));
    }

    [Fact]
    public void A_run_that_dies_inside_a_write_and_is_run_again_ends_as_a_clean_run()
    {
        using var dir = new TempDir();
        var files = new[] { dir.File("in/a.jsonl", Lines(0, 500)) };
        var clean = CleanRun(dir, files);

        var workspace = dir.Combine("crashed");
        var quarantine = dir.Combine("crashed.quarantine.jsonl");
        using (var store = OpenStore(workspace))
        {
            var failing = new FailingStore(store, failAfterWrites: 7);
            Assert.Throws<IOException>(() => new AdIngestRunner(failing, Small with { QuarantinePath = quarantine }).Run(files));
        }

        using (var store = OpenStore(workspace))
        {
            new AdIngestRunner(store, Small with { QuarantinePath = quarantine }).Run(files);
            Assert.Equal(clean.Dump, Dump(store, files));
        }

        Assert.Equal(clean.Quarantine, File.ReadAllText(quarantine));
    }

    [Fact]
    public void Batch_size_does_not_change_what_is_stored()
    {
        using var dir = new TempDir();
        var files = new[] { dir.File("in/a.jsonl", Lines(0, 300)) };
        var clean = CleanRun(dir, files);
        using var store = OpenStore(dir.Combine("big-batches"));

        new AdIngestRunner(store, new AdIngestOptions { BatchSize = 100_000 }).Run(files);

        Assert.Equal(clean.Dump, Dump(store, files));
    }

    private (string Dump, string Quarantine, IngestSummary Summary) CleanRun(TempDir dir, string[] files)
    {
        var quarantine = dir.Combine("clean.quarantine.jsonl");
        using var store = OpenStore(dir.Combine("clean"));
        var summary = new AdIngestRunner(store, Small with { QuarantinePath = quarantine }).Run(files);
        Assert.True(summary.Rejected > 0);
        Assert.True(summary.ValuesLeftOut > 0);
        return (Dump(store, files), File.ReadAllText(quarantine), summary);
    }

    /// <summary>Ads with re-posts (changed text), some bad lines, some undated ads and a few sites, deterministic.</summary>
    private static string Lines(int start, int count)
    {
        var lines = new List<string>();
        for (var i = start; i < start + count; i++)
        {
            var id = (i % 97).ToString(CultureInfo.InvariantCulture);
            var day = 1 + (i % 27);
            var site = (i % 3) switch { 0 => "rosegarden.example", 1 => "lunaclub.example", _ => "herzblatt.example" };
            lines.Add(
                i % 41 == 5 ? "{\"site\":\"" + site + "\",\"posted_at\":\"2026-03-01\",\"title\":\"no id\"}"
                : i % 43 == 7 ? "{\"site\":\"" + site + "\",\"ad_id\":\"" + id + "\",\"posted_at\":\"not a date\",\"title\":\"x\"}"
                : IngestRunSpecs.AdLine(id, $"2026-03-{day:00}T12:00:00Z", $"Title {i % 5}", $"Body {i % 7} of ad {id}", site));
        }

        return string.Join('\n', lines) + "\n";
    }

    private static string SourceIdOf(string file) =>
        AdStatements.SourceId(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file))));

    private static string Dump(IWorkspaceStore store, string[] files)
    {
        var lines = store.ReadStatements(StatementQuery.All)
            .Select(s => string.Join('\t', s.Id, s.EntityId, s.Schema, s.Property, s.Value, s.Source, s.Locator, s.Producer, s.ProducerVersion, s.FirstSeen?.ToString("O", CultureInfo.InvariantCulture), s.LastSeen?.ToString("O", CultureInfo.InvariantCulture)))
            .Order(StringComparer.Ordinal)
            .ToList();
        foreach (var file in files)
        {
            var state = store.GetSource(SourceIdOf(file));
            lines.Add(state is null ? "no state" : string.Join('\t', state.SourceId, state.ContentHash, state.Kind, state.Completed, state.Accepted, state.Rejected));
        }

        return string.Join('\n', lines);
    }
}
