using Threadline.Core.Statements;
using static Threadline.Storage.Compliance.Statements;

namespace Threadline.Storage.Sqlite.Tests;

/// <summary>One read-only SQLite workspace opened several times for a web app's concurrent requests.</summary>
public sealed class SpreadReadStoreTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "threadline-spread-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private string Workspace(int ads)
    {
        var path = Path.Combine(_folder, "threadline.db");
        using var store = SqliteWorkspaceStore.Open(path);
        store.Write(Enumerable.Range(0, ads).SelectMany(i => FullAd("ad-" + i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture), "site-1", "BE", "2026-03-01", "Lina in Gent " + i, "harbour lantern " + (i % 7))).ToList());
        store.SetMeta("k", "v");
        return path;
    }

    [Fact]
    public void Every_read_answers_as_one_store_would_and_every_write_is_refused()
    {
        var path = Workspace(40);
        using var one = SqliteWorkspaceStore.OpenReadOnly(path);
        using var spread = new SpreadReadStore(() => SqliteWorkspaceStore.OpenReadOnly(path), 3);
        Assert.Equal(3, spread.Copies);
        Assert.True(spread.IsReadOnly);
        for (var round = 0; round < 4; round++)
        {
            Assert.Equal(one.CountEntities("Advertisement"), spread.CountEntities("Advertisement"));
            Assert.Equal(one.Search("harbour", 15).Select(h => h.EntityId), spread.Search("harbour", 15).Select(h => h.EntityId));
            Assert.Equal(one.SearchBest("lantern 3", 50).Select(h => h.EntityId), spread.SearchBest("lantern 3", 50).Select(h => h.EntityId));
            Assert.Equal(one.GetEntity("ad-007")!.First("title"), spread.GetEntity("ad-007")!.First("title"));
            Assert.Equal(one.ReadStatements(new StatementQuery { Property = "title" }).Count(), spread.ReadStatements(new StatementQuery { Property = "title" }).Count());
            Assert.Equal(one.LastSequence(), spread.LastSequence());
            Assert.Equal("v", spread.GetMeta("k"));
        }

        Assert.Throws<WorkspaceException>(() => spread.Write([Ad("ad-new", "title", "x")]));
        Assert.Throws<WorkspaceException>(() => spread.SetMeta("k", "w"));
        Assert.Throws<WorkspaceException>(() => spread.DeleteByProducer("ingest.ads"));
        Assert.Null(spread.GetEntity("ad-new"));
    }

    [Fact]
    public void A_read_only_store_opened_on_a_closed_workspace_keeps_reading_while_another_process_writes_and_closes()
    {
        // The web app opens a workspace nobody has open (no -wal, no -shm file yet); an ingest then writes into it and
        // closes. The reader must see the new data and never fail (at 1M ads this gave "disk I/O error" after the
        // ingest closed).
        var path = Workspace(20);
        Assert.False(File.Exists(path + "-wal"));
        using var spread = new SpreadReadStore(() => SqliteWorkspaceStore.OpenReadOnly(path), 2);
        Assert.Equal(20, spread.CountEntities("Advertisement"));

        // Opening more copies must not open and close the file outside SQLite: closing any handle on it drops every
        // POSIX lock this process holds there, and another process's writer then deleted the log under the open
        // copies on close (reproduced with `serve` and `ingest ads` as two processes: 500 "disk I/O error" on every
        // request after the second ingest). The header is read once per process.
        Assert.True(Connections.HeaderChecked(Path.GetFullPath(path)));
        for (var round = 0; round < 3; round++)
        {
            using (var writer = SqliteWorkspaceStore.Open(path))
            {
                writer.Write(Enumerable.Range(0, 30).SelectMany(i => FullAd($"new-{round}-{i}", "site-1", "BE", "2026-03-02", "Mara in Brugge " + i, "canal bell")).ToList());
                Assert.Equal(20 + (30 * (round + 1)), spread.CountEntities("Advertisement"));
            }

            Assert.Equal(20 + (30 * (round + 1)), spread.CountEntities("Advertisement"));
            Assert.Equal(30 * (round + 1), spread.ReadStatements(new StatementQuery { Property = "title" }).Count(s => s.EntityId.StartsWith("new-", StringComparison.Ordinal)));
            Assert.NotEmpty(spread.Search("canal", 5));
            Assert.NotNull(spread.GetEntity($"new-{round}-7"));
        }
    }

    [Fact]
    public async Task Concurrent_requests_with_lookups_inside_enumerations_all_finish()
    {
        var path = Workspace(60);
        using var spread = new SpreadReadStore(() => SqliteWorkspaceStore.OpenReadOnly(path), 2);
        var expected = spread.CountEntities("Advertisement");
        var work = Enumerable.Range(0, 16).Select(t => Task.Run(() =>
        {
            long found = 0;
            for (var round = 0; round < 5; round++)
            {
                // A lookup per streamed statement: the stream holds one copy while the lookups go to any.
                foreach (var s in spread.ReadStatements(new StatementQuery { Property = "title" }))
                {
                    found += spread.GetEntity(s.EntityId) is null ? 0 : 1;
                }

                Assert.NotEmpty(spread.Search("gent " + (t % 5)));
            }

            return found;
        })).ToArray();
        var done = await Task.WhenAll(work).WaitAsync(TimeSpan.FromSeconds(60));
        Assert.All(done, n => Assert.Equal(expected * 5, n));
    }

    [Fact]
    public void A_copy_that_is_not_read_only_is_refused_and_the_ones_opened_are_closed()
    {
        var path = Workspace(3);
        var opened = new List<IWorkspaceStore>();
        Assert.Throws<ArgumentException>(() => new SpreadReadStore(
            () =>
            {
                var store = opened.Count == 0 ? SqliteWorkspaceStore.OpenReadOnly(path) : (IWorkspaceStore)SqliteWorkspaceStore.Open(path);
                opened.Add(store);
                return store;
            },
            3));
        Assert.Equal(2, opened.Count);
        Assert.Throws<ObjectDisposedException>(() => opened[0].GetMeta("k"));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SpreadReadStore(() => SqliteWorkspaceStore.OpenReadOnly(path), 0));
    }
}
