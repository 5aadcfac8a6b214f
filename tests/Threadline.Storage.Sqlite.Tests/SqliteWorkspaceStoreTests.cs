using Microsoft.Data.Sqlite;
using Threadline.Core.Statements;
using Threadline.Storage.Compliance;
using static Threadline.Storage.Compliance.Statements;

namespace Threadline.Storage.Sqlite.Tests;

/// <summary>The SQLite engine passes the compliance suite, plus what only a file engine has.</summary>
public sealed class SqliteWorkspaceStoreTests : WorkspaceStoreCompliance
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "threadline-storage-" + Guid.NewGuid().ToString("N"));

    protected override IWorkspaceStore CreateStore() => SqliteWorkspaceStore.Open(NewPath());

    protected override IWorkspaceStore OpenSecond(IWorkspaceStore store) => SqliteWorkspaceStore.Open(((SqliteWorkspaceStore)store).Path);

    private string NewPath() => Path.Combine(_folder, Guid.NewGuid().ToString("N"), "threadline.db");

    protected override void Dispose(bool disposing)
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void Open_creates_the_file_and_its_folders_in_wal_mode()
    {
        var path = NewPath();
        using (var store = SqliteWorkspaceStore.Open(path))
        {
            Assert.Equal(Migrations.All.Max(m => m.Version), store.SchemaVersion);
            Assert.True(File.Exists(path));
        }

        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        Assert.Equal("wal", (string)Query(connection, "PRAGMA journal_mode;")!);
        Assert.Equal(8192L, (long)Query(connection, "PRAGMA page_size;")!);
        Assert.Equal((long)Migrations.ApplicationId, (long)Query(connection, "PRAGMA application_id;")!);
    }

    [Fact]
    public void A_read_only_open_reads_everything_writes_nothing_and_refuses_every_write()
    {
        var path = NewPath();
        using (var store = SqliteWorkspaceStore.Open(path))
        {
            store.Write([Ad("ad-a", "title", "Lina in Gent"), Ad("ad-b", "title", "Mia in Gent")]);
            store.SetMeta("k", "v");
        }

        var before = File.ReadAllBytes(path);
        using (var store = SqliteWorkspaceStore.OpenReadOnly(path))
        {
            Assert.True(store.IsReadOnly);
            Assert.Equal(2, store.CountEntities("Advertisement"));
            Assert.Equal("v", store.GetMeta("k"));
            Assert.Equal(2, store.Search("Gent").Count);
            Assert.Throws<WorkspaceException>(() => store.Write([Ad("ad-c", "title", "x")]));
            Assert.Throws<WorkspaceException>(() => store.DeleteByProducer("test"));
            Assert.Throws<WorkspaceException>(() => store.SetMeta("k", "w"));
            Assert.Throws<WorkspaceException>(() => store.SetSource(new SourceState("s", "p", "h", "ads", true, 0, 0)));
        }

        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Throws<WorkspaceException>(() => SqliteWorkspaceStore.OpenReadOnly(NewPath()));
    }

    [Fact]
    public void Entities_in_storage_order_come_in_the_order_they_were_first_written()
    {
        using var store = SqliteWorkspaceStore.Open(NewPath());
        store.Write([Ad("ad-c", "title", "c"), Ad("ad-a", "title", "a")]);
        store.Write([Ad("ad-b", "title", "b"), Ad("ad-c", "body", "c again")]);

        Assert.Equal(["ad-c", "ad-a", "ad-b"], store.EntitiesInStorageOrder("Advertisement").Select(e => e.Id).ToArray());
    }

    [Fact]
    public void A_reader_paused_in_the_middle_of_a_stream_does_not_hold_the_write_ahead_log()
    {
        var path = NewPath();
        using var store = SqliteWorkspaceStore.Open(path);
        store.Write(Enumerable.Range(0, 3000).Select(i => Ad($"ad-{i:D5}", "title", $"t{i}")).ToList());

        foreach (var stream in new[] { store.EntitiesInStorageOrder("Advertisement"), store.Entities("Advertisement") })
        {
            using var paused = stream.GetEnumerator();
            Assert.True(paused.MoveNext());
            store.Write(Enumerable.Range(0, 500).Select(i => Ad($"ad-{i:D5}", "body", "more")).ToList());

            using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
            connection.Open();
            Query(connection, "PRAGMA busy_timeout = 2000;");
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            using var reader = command.ExecuteReader();
            Assert.True(reader.Read());
            Assert.Equal(0L, reader.GetInt64(0)); // not busy: the paused stream holds no read transaction
            Assert.Equal(0L, new FileInfo(path + "-wal").Length);
        }
    }

    [Fact]
    public void Reopening_keeps_everything()
    {
        var path = NewPath();
        using (var store = SqliteWorkspaceStore.Open(path))
        {
            store.Write([Ad("ad-1", "title", "Persistent heron")]);
            store.SetMeta("k", "v");
        }

        using var again = SqliteWorkspaceStore.Open(path);
        Assert.Equal(1, again.CountStatements());
        Assert.Equal("v", again.GetMeta("k"));
        Assert.Single(again.Search("heron"));
        Assert.Equal(new WriteSummary(0, 0, 1), again.Write([Ad("ad-1", "title", "Persistent heron")]));
    }

    [Fact]
    public void Reopening_with_newer_code_applies_only_the_new_migrations()
    {
        var path = NewPath();
        var first = Migrations.All;
        var next = new Migration(first.Count + 1, "test step", "CREATE TABLE test_added(x INTEGER);");
        using (var store = SqliteWorkspaceStore.Open(path, null, first))
        {
            store.Write([Ad("ad-1", "title", "kept")]);
        }

        using (var store = SqliteWorkspaceStore.Open(path, null, [.. first, next]))
        {
            Assert.Equal(next.Version, store.SchemaVersion);
            Assert.Equal(1, store.CountStatements());
        }

        using (var store = SqliteWorkspaceStore.Open(path, null, [.. first, next]))
        {
            Assert.Equal(next.Version, store.SchemaVersion);
        }

        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        Assert.Equal((long)next.Version, (long)Query(connection, "SELECT count(*) FROM migrations;")!);
        Assert.Equal(0L, (long)Query(connection, "SELECT count(*) FROM test_added;")!);
    }

    [Fact]
    public void Opening_a_newer_workspace_with_older_code_fails_clearly()
    {
        var path = NewPath();
        var newer = new Migration(Migrations.All.Count + 1, "from the future", "CREATE TABLE future(x INTEGER);");
        SqliteWorkspaceStore.Open(path, null, [.. Migrations.All, newer]).Dispose();

        var error = Assert.Throws<WorkspaceException>(() => SqliteWorkspaceStore.Open(path));
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("newer", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("this is a text file, not a workspace\n")]
    [InlineData("SQLite")]
    [InlineData("{\"site\":\"x\"}")]
    public void A_file_that_is_not_a_workspace_gives_one_line_naming_it(string content)
    {
        var path = NewPath();
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        var error = Assert.Throws<WorkspaceException>(() => SqliteWorkspaceStore.Open(path));
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("not a Threadline workspace", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
        Assert.Equal(content, File.ReadAllText(path));
    }

    [Fact]
    public void Another_programs_sqlite_database_is_not_taken_over()
    {
        var path = NewPath();
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            Query(connection, "CREATE TABLE customers(id INTEGER);");
        }

        var error = Assert.Throws<WorkspaceException>(() => SqliteWorkspaceStore.Open(path));
        Assert.Contains("not a Threadline workspace", error.Message, StringComparison.Ordinal);
        using var check = new SqliteConnection($"Data Source={path};Pooling=False");
        check.Open();
        Assert.Equal("delete", (string)Query(check, "PRAGMA journal_mode;")!);
        Assert.Equal(0L, (long)Query(check, "SELECT count(*) FROM sqlite_schema WHERE name = 'migrations';")!);
    }

    [Fact]
    public void A_folder_is_not_a_workspace()
    {
        var path = NewPath();
        Directory.CreateDirectory(path);
        var error = Assert.Throws<WorkspaceException>(() => SqliteWorkspaceStore.Open(path));
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_file_becomes_a_workspace()
    {
        var path = NewPath();
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, []);
        using var store = SqliteWorkspaceStore.Open(path);
        Assert.Equal(0, store.CountStatements());
    }

    [Fact]
    public void Two_stores_on_one_file_see_each_others_writes()
    {
        var path = NewPath();
        using var a = SqliteWorkspaceStore.Open(path);
        using var b = SqliteWorkspaceStore.Open(path);
        a.Write([Ad("ad-1", "title", "from a", producer: "producer.a")]);
        b.Write([Ad("ad-1", "title", "from b", producer: "producer.b")]);
        Assert.Equal(2, a.CountStatements());
        Assert.Equal(2, a.ReadStatements(new StatementQuery { EntityId = "ad-1" }).Count());
        Assert.Single(a.ReadStatements(new StatementQuery { Producer = "producer.b" }));
        Assert.True(a.LastSequence() >= 2);
    }

    [Fact]
    public void A_workspace_of_schema_version_1_gains_the_results_tables_and_keeps_its_statements()
    {
        var path = NewPath();
        using (var store = SqliteWorkspaceStore.Open(path, null, [.. Migrations.All.Where(m => m.Version == 1)]))
        {
            Assert.Equal(1, store.SchemaVersion);
            store.Write([Ad("ad-1", "title", "kept")]);
        }

        var error = Assert.Throws<WorkspaceException>(() => SqliteWorkspaceStore.OpenReadOnly(path));
        Assert.True(error.UpgradeRequired);
        using (var store = SqliteWorkspaceStore.Open(path))
        {
            Assert.Equal(Migrations.All.Max(m => m.Version), store.SchemaVersion);
            store.WriteResults("network", [new ResultRecord("n-1", 1, "{}"u8.ToArray())], replace: true);
        }

        using var reader = SqliteWorkspaceStore.OpenReadOnly(path);
        Assert.Equal(1, reader.CountStatements());
        Assert.NotNull(reader.GetResult("network", "n-1"));
    }

    [Fact]
    public void A_read_only_workspace_reads_results_and_refuses_to_change_them()
    {
        var path = NewPath();
        using (var store = SqliteWorkspaceStore.Open(path))
        {
            store.WriteResults("network", [new ResultRecord("n-1", 1, "{}"u8.ToArray()) { Keys = ["flagged"] }], replace: true);
        }

        using var reader = SqliteWorkspaceStore.OpenReadOnly(path);
        Assert.Equal(["n-1"], reader.PageResults("network", 0, 10, key: "flagged").Select(r => r.Id).ToArray());
        Assert.Throws<WorkspaceException>(() => reader.WriteResults("network", [], replace: true));
        Assert.Throws<WorkspaceException>(() => reader.DeleteResults("network"));
    }

    [Fact]
    public void Large_result_payloads_are_stored_deflated_and_small_ones_as_they_are()
    {
        var path = NewPath();
        var large = System.Text.Encoding.UTF8.GetBytes("[" + string.Join(',', Enumerable.Repeat("\"ad-000001\"", 5000)) + "]");
        using (var store = SqliteWorkspaceStore.Open(path))
        {
            store.WriteResults("network", [new ResultRecord("n-large", 1, large), new ResultRecord("n-small", 2, "[1]"u8.ToArray())], replace: true);
        }

        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        Assert.Equal(1L, (long)Query(connection, "SELECT encoding FROM results WHERE id = 'n-large';")!);
        Assert.True((long)Query(connection, "SELECT length(payload) FROM results WHERE id = 'n-large';")! < large.Length / 10);
        Assert.Equal(0L, (long)Query(connection, "SELECT encoding FROM results WHERE id = 'n-small';")!);
    }

    private static object? Query(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
