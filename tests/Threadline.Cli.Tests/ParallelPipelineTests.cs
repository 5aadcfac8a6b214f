using Threadline.Cli.Infrastructure;
using Threadline.Core.Statements;
using Threadline.Storage;
using Threadline.Storage.Sqlite;

namespace Threadline.Cli.Tests;

/// <summary>The read → transform on workers → single writer pipeline that extraction runs on.</summary>
public sealed class ParallelPipelineTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("threadline-pipeline-").FullName;

    [Fact]
    public void Every_item_is_transformed_once_and_every_statement_written()
    {
        using var store = SqliteWorkspaceStore.Open(Path.Combine(_dir, "ws.db"));
        var items = Enumerable.Range(0, 5_000).ToList();
        var (written, count) = ParallelPipeline.Run(
            items,
            i => [Statement(i, "title", "ad " + i), Statement(i, "city", "Gent")],
            store,
            batchSize: 777,
            progress: null,
            CancellationToken.None);
        Assert.Equal(5_000, count);
        Assert.Equal(new WriteSummary(10_000, 0, 0), written);
        Assert.Equal(5_000, store.CountEntities("Advertisement"));
    }

    [Fact]
    public void A_failing_transform_fails_the_run_with_its_error()
    {
        using var store = SqliteWorkspaceStore.Open(Path.Combine(_dir, "ws.db"));
        var e = Assert.ThrowsAny<Exception>(() => ParallelPipeline.Run<int>(
            Enumerable.Range(0, 100),
            i => i == 42 ? throw new InvalidOperationException("bad ad 42") : [Statement(i, "title", "x")],
            store,
            batchSize: 10,
            progress: null,
            CancellationToken.None));
        Assert.Contains("bad ad 42", e.ToString(), StringComparison.Ordinal);
    }

    private static Statement Statement(int ad, string property, string value) =>
        new("ad-" + ad, "Advertisement", property, value, "test-source", "test.jsonl:" + ad, "test", "1.0", null, null);

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
