using System.Globalization;
using System.Text;
using Threadline.Application.Ingest.Ftm;
using Threadline.Ingest.Pipeline;
using Threadline.Ingest.Tests;
using Threadline.Storage;
using Threadline.Storage.Sqlite;

namespace Threadline.Application.Tests.Ingest;

/// <summary><c>ingest ftm</c> on the one pipeline: what every ingest promises holds for FtM files too.</summary>
public sealed class FtmIngestJobTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("ftm-job-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void A_run_stopped_by_a_failed_write_and_run_again_ends_as_one_clean_run()
    {
        var file = Write("big.ftm.json", Entities(60));
        var options = new IngestOptions { BatchSize = 25, ReadAheadBytes = 0, QuarantinePath = Path.Combine(_folder.FullName, "q-stopped.jsonl") };

        using var clean = SqliteWorkspaceStore.Open(Path.Combine(_folder.FullName, "clean.db"));
        var once = FtmIngestJob.Run(clean, [file], "registry", options with { QuarantinePath = Path.Combine(_folder.FullName, "q-clean.jsonl") });

        using var stopped = SqliteWorkspaceStore.Open(Path.Combine(_folder.FullName, "stopped.db"));
        Assert.Throws<IOException>(() => FtmIngestJob.Run(new FailingStore(stopped, failAfterWrites: 3), [file], "registry", options));
        Assert.False(stopped.GetSource(SourceIds.Of(Hash(file)))!.Completed);
        var resumed = FtmIngestJob.Run(stopped, [file], "registry", options);

        Assert.True(resumed.Run.Files[0].ResumedAfter > 0);
        Assert.Equal((once.Run.Accepted, once.Run.Rejected, once.Run.ValuesLeftOut), (resumed.Run.Accepted, resumed.Run.Rejected, resumed.Run.ValuesLeftOut));
        Assert.Equal(Dump(clean), Dump(stopped));
        Assert.Equal(File.ReadAllLines(Path.Combine(_folder.FullName, "q-clean.jsonl")), File.ReadAllLines(Path.Combine(_folder.FullName, "q-stopped.jsonl")).Select(l => l.Replace("q-stopped", "q-clean", StringComparison.Ordinal)));
        Assert.Equal(FileStatus.AlreadyIngested, FtmIngestJob.Run(stopped, [file], "registry", options).Run.Files[0].Status);
    }

    [Fact]
    public void One_entity_the_workspace_holds_as_another_type_costs_only_its_own_line_in_a_batch()
    {
        using var store = SqliteWorkspaceStore.Open(Path.Combine(_folder.FullName, "ws.db"));
        FtmIngestJob.Run(store, [Write("first.json", """{"id":"e7","schema":"Address","properties":{"full":["Main Street 1"]}}""" + "\n")], "registry", new IngestOptions());

        var summary = FtmIngestJob.Run(store, [Write("second.json", Entities(20))], "registry", new IngestOptions { QuarantinePath = Path.Combine(_folder.FullName, "q.jsonl") });

        Assert.Equal((18L, 2L), (summary.Run.Accepted, summary.Run.Rejected)); // line 11 is not JSON
        var refused = Assert.Single(summary.Run.SampleRejections, r => r.Line == 8);
        Assert.StartsWith("not kept, the workspace refused it: entity 'e7'", refused.Reason, StringComparison.Ordinal);
        Assert.Equal(18, store.CountEntities("Person"));
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    /// <summary>Persons e0…, every seventh line with a value left out and every eleventh not JSON.</summary>
    private static string Entities(int count) => string.Concat(Enumerable.Range(0, count).Select(i =>
        i % 11 == 10 ? "not json\n"
        : "{\"id\":\"e" + i.ToString(CultureInfo.InvariantCulture) + "\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Person " + i.ToString(CultureInfo.InvariantCulture) + "\"],\"country\":[\"" + (i % 7 == 3 ? "Atlantis" : "be") + "\"]}}\n"));

    private static string Hash(string file) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(file)));

    private static string[] Dump(IWorkspaceStore store) =>
        [.. store.ReadStatements(StatementQuery.All).Select(s => string.Join('\t', s.Id, s.EntityId, s.Schema, s.Property, s.Value, s.Locator, s.Detail))];
}
