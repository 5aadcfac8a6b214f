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
    public void Best_hits_without_snippets_come_in_the_order_of_the_search()
    {
        var store = NewStore();
        var statements = new List<Threadline.Core.Statements.Statement>();
        for (var i = 0; i < 60; i++)
        {
            var body = string.Join(' ', Enumerable.Repeat("harbour", 1 + (i % 4))) + (i % 3 == 0 ? " lantern" : " rope") + " filler" + i;
            statements.Add(Ad("ad-" + i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture), "body", body));
        }

        store.Write(statements);
        foreach (var query in new[] { "harbour", "harbour lantern", "lantern OR rope", "harb*", "\"harbour harbour\"", "body:rope" })
        {
            var full = store.Search(query, 40);
            var best = store.SearchBest(query, 40);
            Assert.NotEmpty(full);
            Assert.Equal(full.Select(h => (h.EntityId, h.Schema, h.Rank)), best.Select(h => (h.EntityId, h.Schema, h.Rank)));
            Assert.All(best, h => Assert.Equal(string.Empty, h.Snippet + h.Property));
        }

        // A field search finds personas too, and they sort before ads by id: the best ads are asked for by schema.
        store.Write([Ad("ad-07", "city", "Portvale"), Ad("ad-30", "city", "Portvale"), Of("Persona", "a-persona", "city", "Portvale", producer: "link")]);
        Assert.Equal("Persona", store.Search("city:Portvale", 1)[0].Schema);
        Assert.Equal(["ad-07", "ad-30"], store.SearchBest("city:Portvale", 100, "Advertisement").Select(h => h.EntityId));
        Assert.Equal(["ad-30"], store.SearchBest("harbour lantern city:Portvale", 100, "Advertisement").Select(h => h.EntityId));
        Assert.Empty(store.SearchBest("absent", 10));
        Assert.Empty(store.SearchBest("harbour", 0));
    }

    [ComplianceFact]
    public void Copies_of_one_text_rank_equal_and_page_in_entity_id_order()
    {
        var store = NewStore();
        // 400 copies of one text (as a template posted by many numbers) and a few better hits: equal ranks tie, and a
        // page that ends inside the tie still lists the tied entities by id, whatever order the index keeps them in.
        var ids = Enumerable.Range(0, 400).Select(i => "ad-" + ((i * 7919) % 400).ToString("D3", System.Globalization.CultureInfo.InvariantCulture)).ToList();
        store.Write(ids.Select(id => Ad(id, "body", "harbour lantern on the quay")).ToList());
        store.Write([Ad("best-1", "body", "harbour"), Ad("best-2", "body", "harbour harbour")]);
        var first = store.Search("harbour", 20).Select(h => h.EntityId).ToList();
        Assert.Equal(["best-1", "best-2"], first.Take(2).Order(StringComparer.Ordinal));
        Assert.Equal(Enumerable.Range(0, 18).Select(i => "ad-" + i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture)), first.Skip(2));
        var later = store.Search("harbour", 10, 200).Select(h => h.EntityId).ToList();
        Assert.Equal(Enumerable.Range(198, 10).Select(i => "ad-" + i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture)), later);
        Assert.Equal(first, store.SearchBest("harbour", 20).Select(h => h.EntityId));
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
