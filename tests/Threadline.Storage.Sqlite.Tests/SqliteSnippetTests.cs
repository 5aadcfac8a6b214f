using static Threadline.Storage.Compliance.Statements;

namespace Threadline.Storage.Sqlite.Tests;

/// <summary>
/// SQLite's snippets are made from the values' text by <see cref="SnippetMaker"/>, not by FTS5: what FTS5's tokenizer
/// found must be what the snippet marks, for accents, punctuation, scripts and widths alike.
/// </summary>
public sealed class SqliteSnippetTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "threadline-snippet-" + Guid.NewGuid().ToString("N"));

    [Theory]
    [InlineData("cafe", "[Café] près de la gare")]
    [InlineData("PRES", "Café [près] de la gare")]
    [InlineData("\"new in\"", "[new-in] town, 10:30")]
    [InlineData("30", "new-in town, 10:[30]")]
    [InlineData("user", "tulip.example [user]_name")]
    [InlineData("osaka", "ÉCOLE Straße [Ōsaka] Ệ")]
    [InlineData("straße", "ÉCOLE [Straße] Ōsaka Ệ")]
    [InlineData("ｆｕｌｌ", "[Ｆｕｌｌ] width ２３")]
    [InlineData("betw*", "emoji 🙂 [between]")]
    [InlineData("КАЙ*", "Кто [Кайя]")]
    public void What_fts5_finds_the_snippet_marks(string query, string snippet)
    {
        using var store = SqliteWorkspaceStore.Open(Path.Combine(_folder, "t.db"));
        string[] values = ["Café près de la gare", "new-in town, 10:30!", "tulip.example user_name", "ÉCOLE Straße Ōsaka Ệ", "Ｆｕｌｌ width ２３", "emoji 🙂 between", "Кто Кайя?"];
        store.Write([.. values.Select((v, i) => Ad($"ad-{i}", "body", v))]);
        var hit = Assert.Single(store.Search(query));
        Assert.Equal(snippet, hit.Snippet);
    }

    [Fact]
    public void The_value_shown_is_the_one_marking_most_of_the_query()
    {
        using var store = SqliteWorkspaceStore.Open(Path.Combine(_folder, "t.db"));
        store.Write([Ad("ad-1", "title", "Lina in Gent"), Ad("ad-1", "body", "Lina waits for you, call Lina")]);
        Assert.Equal("[Lina] in [Gent]", Assert.Single(store.Search("lina gent")).Snippet);
        Assert.Equal("[Lina] waits for you, call [Lina]", Assert.Single(store.Search("lina")).Snippet);
        Assert.Equal(("title", "[Lina] in Gent"), (Assert.Single(store.Search("title:lina")).Property, store.Search("title:lina")[0].Snippet));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
