using Threadline.Storage.Engines;
using Threadline.Storage.Sqlite;
using Threadline.Testing.Postgres;

namespace Threadline.Storage.Postgres.Tests;

/// <summary>The engine is chosen by where the workspace is; callers never name one.</summary>
public sealed class WorkspaceStoresTests : IClassFixture<PostgresDatabase>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("threadline-stores-").FullName;
    private readonly PostgresDatabase _database;

    public WorkspaceStoresTests(PostgresDatabase database)
    {
        _database = database;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_file_path_opens_an_sqlite_workspace_for_writing_and_for_reading()
    {
        var path = Path.Combine(_folder, "ws.db");
        using (var store = WorkspaceStores.Open(path))
        {
            Assert.IsType<SqliteWorkspaceStore>(store);
            Assert.False(store.IsReadOnly);
            store.SetMeta("k", "v");
        }

        using var reader = WorkspaceStores.OpenReadOnly(path);
        Assert.True(reader.IsReadOnly);
        Assert.Equal("v", reader.GetMeta("k"));
    }

    [Fact]
    public void A_file_uri_is_a_file_path_and_migrate_creates_it()
    {
        var path = Path.Combine(_folder, "uri.db");
        var migration = WorkspaceStores.Migrate(new Uri(path).AbsoluteUri);
        Assert.Equal(0, migration.From);
        Assert.True(migration.Changed);
        Assert.True(File.Exists(path));
        Assert.True(WorkspaceStores.IsFile(new Uri(path).AbsoluteUri));
        Assert.False(WorkspaceStores.Migrate(path).Changed);
    }

    [Fact]
    public void Another_uri_scheme_is_not_a_workspace_location()
    {
        var error = Assert.Throws<WorkspaceException>(() => WorkspaceStores.Open("https://user:pw@example.invalid/ws.db"));
        Assert.Equal(WorkspaceErrorKind.BadLocation, error.Kind);
        Assert.Contains("not a workspace location", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(":pw@", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("threadline.db", true)]
    [InlineData("/data/cases/threadline.db", true)]
    [InlineData("C:\\cases\\threadline.db", true)]
    [InlineData("cases/10:30/threadline.db", true)]
    [InlineData("postgres://host/db", false)]
    [InlineData("Host=db.example;Database=cases", false)]
    public void Paths_are_told_from_servers(string workspace, bool isFile)
    {
        Assert.Equal(isFile, WorkspaceStores.IsFile(workspace));
        Assert.Equal(!isFile, WorkspaceStores.IsServer(workspace));
    }

    [Fact]
    public void A_server_out_of_reach_is_said_so_without_the_password()
    {
        var error = Assert.Throws<WorkspaceException>(() => WorkspaceStores.Open("postgres://analyst:s3cret@127.0.0.1:1/cases?connect_timeout=5"));
        Assert.Equal(WorkspaceErrorKind.Unreachable, error.Kind);
        Assert.Contains("postgres://analyst@127.0.0.1:1/cases", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", error.ToString(), StringComparison.Ordinal);
    }

    [PostgresFact]
    public void A_postgres_location_opens_the_postgres_engine_once_migrated()
    {
        var location = _database.NewWorkspace().Shown;
        var missing = Assert.Throws<WorkspaceException>(() => WorkspaceStores.Open(location));
        Assert.Equal(WorkspaceErrorKind.NotFound, missing.Kind);
        Assert.Contains("threadline migrate", missing.Message, StringComparison.Ordinal);

        var migration = WorkspaceStores.Migrate(location);
        Assert.Equal(0, migration.From);
        Assert.Equal(PostgresWorkspaceStore.LatestVersion, migration.To);
        using (var store = WorkspaceStores.Open(location))
        {
            Assert.IsType<PostgresWorkspaceStore>(store);
            store.SetMeta("k", "v");
        }

        using var reader = WorkspaceStores.OpenReadOnly(location);
        Assert.True(reader.IsReadOnly);
        Assert.Equal("v", reader.GetMeta("k"));
        Assert.False(WorkspaceStores.Migrate(location).Changed);
    }

    [PostgresFact]
    public void A_missing_database_and_a_wrong_database_user_are_told_apart()
    {
        var location = PostgresServer.Shared.Workspace(_database.Name).WithDatabase("no_such_database");
        var error = Assert.Throws<WorkspaceException>(() => WorkspaceStores.Open(location.Shown));
        Assert.Equal(WorkspaceErrorKind.NotFound, error.Kind);
        Assert.Contains("no_such_database", error.Message, StringComparison.Ordinal);
    }
}
