using static Threadline.Storage.Compliance.Statements;

namespace Threadline.Storage.Compliance;

/// <summary>Full-text search: what is indexed, snippets, hostile input.</summary>
public abstract partial class WorkspaceStoreCompliance
{
    public static TheoryData<string> HostileQueries => new()
    {
        "\"unbalanced",
        "a\"b",
        "AND",
        "OR OR",
        "NOT",
        "*",
        "NEAR(",
        "((( lighthouse",
        "title:",
        "body: lighthouse",
        "-",
        "^",
        "\"",
        "''",
        "lighthouse AND",
        "{lighthouse}",
        "\u0000",
        "🙂 lighthouse",
        new string('(', 5000),
        string.Join(' ', Enumerable.Repeat("lighthouse", 500)),
    };

    [ComplianceFact]
    public void Search_finds_words_in_titles_and_bodies_with_a_marked_snippet()
    {
        var store = NewStore();
        store.Write([.. FullAd("ad-1", "site-1", "BE", "2026-03-01", "Quiet room near the station", "Call me for a lighthouse tour, available today")]);
        store.Write([Ad("ad-1", "city", "lighthouse")]);

        var hit = Assert.Single(store.Search("lighthouse"));
        Assert.Equal("ad-1", hit.EntityId);
        Assert.Equal("Advertisement", hit.Schema);
        Assert.Equal("body", hit.Property);
        Assert.Contains("[lighthouse]", hit.Snippet, StringComparison.Ordinal);
        Assert.Single(store.Search("QUIET station"));
    }

    [ComplianceFact]
    public void Plain_words_are_all_required()
    {
        var store = NewStore();
        store.Write([Ad("ad-1", "body", "red apple"), Ad("ad-2", "body", "red pear"), Ad("ad-3", "body", "green apple")]);
        Assert.Equal(["ad-1"], store.Search("red apple").Select(h => h.EntityId).ToArray());
        Assert.Equal(2, store.Search("red OR green").Count(h => h.EntityId != "ad-2"));
        Assert.Equal(2, store.Search("apple*").Count);
    }

    [ComplianceFact]
    public void Each_entity_is_one_hit_ranked_by_relevance()
    {
        var store = NewStore();
        store.Write(
        [
            Ad("ad-a-weak", "body", "some long text about many things and once a cormorant among other words here"),
            Ad("ad-z-strong", "title", "cormorant"),
            Ad("ad-z-strong", "body", "cormorant cormorant cormorant"),
        ]);
        var hits = store.Search("cormorant");
        Assert.Equal(["ad-z-strong", "ad-a-weak"], hits.Select(h => h.EntityId).ToArray());
        Assert.Equal([1, 2], hits.Select(h => h.Rank).ToArray());
        Assert.Single(store.Search("cormorant", limit: 1));
        Assert.Empty(store.Search("cormorant", limit: 0));
    }

    [ComplianceFact]
    public void Search_ignores_accents_and_only_indexes_full_text_properties()
    {
        var store = NewStore();
        store.Write([Ad("ad-1", "body", "Café près de la gare"), Ad("ad-2", "city", "cafe"), Ad("ad-3", "raw:notes", "cafe")]);
        Assert.Equal(["ad-1"], store.Search("cafe pres").Select(h => h.EntityId).ToArray());
    }

    [ComplianceTheory]
    [MemberData(nameof(HostileQueries))]
    public void Hostile_queries_do_not_fail(string query)
    {
        var store = NewStore();
        store.Write([Ad("ad-1", "body", "a lighthouse by the sea")]);
        var hits = store.Search(query);
        Assert.True(hits.Count <= 1);
    }

    [ComplianceFact]
    public void An_unbalanced_quote_and_a_lone_operator_character_are_plain_text()
    {
        var store = NewStore();
        store.Write([Ad("ad-1", "body", "a lighthouse by the sea")]);
        Assert.Single(store.Search("\"lighthouse sea"));
        Assert.Single(store.Search("lighthouse -"));
        Assert.Empty(store.Search("   "));
    }
}
