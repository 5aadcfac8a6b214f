using Threadline.Core.Statements;
using static Threadline.Storage.Compliance.Statements;

namespace Threadline.Storage.Compliance;

/// <summary>Search order (best first, ties by id) and paging through it.</summary>
public abstract partial class WorkspaceStoreCompliance
{
    private IWorkspaceStore HarbourAds(int count)
    {
        var store = NewStore();
        var batch = new List<Statement>();
        for (var i = 0; i < count; i++)
        {
            var id = $"ad-{(i * 37) % count:D3}";
            batch.Add(Ad(id, "title", i % 3 == 0 ? "harbour harbour" : "harbour view"));
            batch.Add(Ad(id, "body", string.Join(' ', Enumerable.Repeat("quay", i % 7)) + " harbour"));
        }

        store.Write(batch);
        return store;
    }

    [ComplianceTheory]
    [InlineData("harbour")]
    [InlineData("harbour schema:Advertisement")]
    [InlineData("harbour OR view quay*")]
    public void Pages_follow_one_best_first_order_without_gaps_or_repeats(string query)
    {
        var store = HarbourAds(150);
        var all = store.Search(query, limit: 1000);
        Assert.Equal(Enumerable.Range(1, all.Count), all.Select(h => h.Rank));
        Assert.Equal(all.Count, all.Select(h => h.EntityId).Distinct().Count());
        var paged = new List<SearchHit>();
        for (var offset = 0; offset < all.Count + 10; offset += 7)
        {
            paged.AddRange(store.Search(query, limit: 7, offset: offset));
        }

        Assert.Equal(all, paged);
    }

    [ComplianceFact]
    public void A_window_is_the_best_hits_with_only_its_page_marked()
    {
        var store = HarbourAds(150);
        var window = store.SearchWindow("harbour", 60, 20, 10);
        Assert.Equal(store.SearchBest("harbour", 60).Select(h => h.EntityId), window.Select(h => h.EntityId));
        Assert.Equal(Enumerable.Range(1, 60), window.Select(h => h.Rank));
        Assert.Equal(store.Search("harbour", limit: 10, offset: 20), window.Skip(20).Take(10));
        Assert.All(window.Skip(20).Take(10), h => Assert.Contains("[harbour]", h.Snippet, StringComparison.Ordinal));
        Assert.All(window.Take(20).Concat(window.Skip(30)), h => Assert.Equal(string.Empty, h.Snippet + h.Property));
        Assert.Empty(store.SearchWindow("harbour", 0, 0, 10));
        Assert.Equal(150, store.SearchWindow("harbour", 1000, 140, 100).Count(h => h.Snippet.Length > 0) + 140);
    }

    [ComplianceFact]
    public void Limiting_to_a_type_keeps_the_order()
    {
        var store = HarbourAds(150);
        Assert.Equal(150, store.Search("harbour", limit: 1000).Count);
        Assert.Equal(
            store.Search("harbour", limit: 1000).Select(h => h.EntityId),
            store.Search("harbour schema:Advertisement", limit: 1000).Select(h => h.EntityId));
    }

    [ComplianceFact]
    public void Equally_good_hits_come_in_entity_id_order()
    {
        var store = NewStore();
        store.Write([Ad("ad-c", "body", "same words here"), Ad("ad-a", "body", "same words here"), Ad("ad-b", "body", "same words here")]);
        Assert.Equal(["ad-a", "ad-b", "ad-c"], store.Search("same").Select(h => h.EntityId).ToArray());
        Assert.Equal(["ad-a", "ad-b", "ad-c"], store.Search("same words").Select(h => h.EntityId).ToArray());
        Assert.Equal(["ad-b"], store.Search("same", limit: 1, offset: 1).Select(h => h.EntityId).ToArray());
    }

    [ComplianceFact]
    public void Many_equally_good_hits_come_in_entity_id_order_whatever_order_they_were_written_in()
    {
        var store = NewStore();
        store.Write(Enumerable.Range(0, 300).Reverse().Select(i => Ad($"ad-{i:D3}", "body", "same words here")).ToList());
        Assert.Equal(["ad-000", "ad-001"], store.Search("same", limit: 2).Select(h => h.EntityId).ToArray());
        Assert.Equal(["ad-150"], store.Search("same", limit: 1, offset: 150).Select(h => h.EntityId).ToArray());
    }

    [ComplianceFact]
    public void An_entity_matching_every_word_strongly_comes_before_one_that_barely_matches()
    {
        var store = NewStore();
        store.Write(
        [
            Ad("ad-a-weak", "body", "a long text that mentions a heron once and, much later, a harbour once among many other words"),
            Ad("ad-z-strong", "title", "heron harbour"),
            Ad("ad-z-strong", "body", "heron by the harbour"),
        ]);
        Assert.Equal(["ad-z-strong", "ad-a-weak"], store.Search("heron harbour").Select(h => h.EntityId).ToArray());
    }

    [ComplianceFact]
    public void Paging_past_the_end_is_empty_and_a_negative_offset_is_refused()
    {
        var store = HarbourAds(10);
        Assert.Empty(store.Search("harbour", limit: 5, offset: 10));
        Assert.Empty(store.Search("harbour", limit: 5, offset: SearchLimits.MaxDepth));
        Assert.Empty(store.Search("harbour", limit: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => store.Search("harbour", limit: 5, offset: -1));
    }
}
