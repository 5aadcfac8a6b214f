namespace Threadline.Storage.Sqlite.Tests;

/// <summary>The engine is chosen by where the workspace is.</summary>
public sealed class WorkspaceStoresTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("threadline-stores-").FullName;

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
    public void A_file_uri_is_a_file_path()
    {
        var path = Path.Combine(_folder, "uri.db");
        using (var store = WorkspaceStores.Open(new Uri(path).AbsoluteUri))
        {
            store.SetMeta("k", "v");
        }

        Assert.True(File.Exists(path));
        Assert.True(WorkspaceStores.IsFile(new Uri(path).AbsoluteUri));
    }

    [Theory]
    [InlineData("postgres://analyst:s3cret@db.invalid/threadline")]
    [InlineData("postgresql://db.invalid/threadline")]
    public void A_postgres_uri_is_not_supported_yet_and_its_password_is_not_shown(string uri)
    {
        Assert.False(WorkspaceStores.IsFile(uri));
        foreach (var open in new Func<string, IWorkspaceStore>[] { s => WorkspaceStores.Open(s), s => WorkspaceStores.OpenReadOnly(s) })
        {
            var error = Assert.Throws<WorkspaceException>(() => open(uri));
            Assert.Contains("PostgreSQL workspaces are not supported yet", error.Message, StringComparison.Ordinal);
            Assert.Contains("db.invalid/threadline", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("s3cret", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Another_uri_scheme_is_not_a_workspace_location()
    {
        var error = Assert.Throws<WorkspaceException>(() => WorkspaceStores.Open("https://example.invalid/ws.db"));
        Assert.Contains("not a workspace location", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("threadline.db", true)]
    [InlineData("/data/cases/threadline.db", true)]
    [InlineData("C:\\cases\\threadline.db", true)]
    [InlineData("cases/10:30/threadline.db", true)]
    [InlineData("postgres://host/db", false)]
    public void Paths_are_told_from_server_uris(string workspace, bool isFile)
    {
        Assert.Equal(isFile, WorkspaceStores.IsFile(workspace));
    }
}
