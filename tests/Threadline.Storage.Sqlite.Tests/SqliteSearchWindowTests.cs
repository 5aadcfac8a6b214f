using Threadline.Core.Statements;
using static Threadline.Storage.Compliance.Statements;

namespace Threadline.Storage.Sqlite.Tests;

/// <summary>
/// The SQLite engine ranks a word found in more values than <see cref="SearchLimits.RankWindow"/> among its most
/// recent ones (docs/search.md), and a query of several clauses is driven by its rarest one, so a rare word beside a
/// common one still finds every entity that has both, however old.
/// </summary>
public sealed class SqliteSearchWindowTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "threadline-window-" + Guid.NewGuid().ToString("N"));

    /// <summary>
    /// A workspace whose oldest ads (written first) hold "marigold" beside the common word, then more ads than the window
    /// holding the common word alone; the title and body of each ad are two values.
    /// </summary>
    private SqliteWorkspaceStore World(int common)
    {
        var store = SqliteWorkspaceStore.Open(Path.Combine(_folder, "threadline.db"));
        var batch = new List<Statement>();
        for (var i = 0; i < 5; i++)
        {
            batch.Add(Ad($"old-{i}", "title", "marigold rooms"));
            batch.Add(Ad($"old-{i}", "body", "relax massage downtown"));
        }

        store.Write(batch);
        batch.Clear();
        for (var i = 0; i < common; i++)
        {
            batch.Add(Ad($"new-{i:D6}", "title", "massage " + (i % 2 == 0 ? "studio" : "studio studio studio")));
            if (batch.Count == 5_000)
            {
                store.Write(batch);
                batch.Clear();
            }
        }

        store.Write(batch);
        return store;
    }

    [Fact]
    public void A_rare_word_beside_a_common_one_finds_old_entities_past_the_window()
    {
        using var store = World(SearchLimits.RankWindow + 500);
        var hits = store.Search("marigold massage", limit: 100);
        Assert.Equal(["old-0", "old-1", "old-2", "old-3", "old-4"], hits.Select(h => h.EntityId).ToArray());

        // The words sit in different values of each ad: the snippet shows the best one for the query's words.
        Assert.All(hits, h => Assert.Contains("[", h.Snippet, StringComparison.Ordinal));
        Assert.Equal(
            hits.Select(h => h.EntityId),
            store.Search("massage marigold", limit: 100).Select(h => h.EntityId));
    }

    [Fact]
    public void A_word_in_more_values_than_the_window_is_ranked_among_its_newest()
    {
        var common = SearchLimits.RankWindow + 500;
        using var store = World(common);
        var hits = store.SearchBest("massage", SearchLimits.MaxLimit);

        // Every hit is one of the most recent values; the old ads' massage is past the window.
        Assert.DoesNotContain(hits, h => h.EntityId.StartsWith("old-", StringComparison.Ordinal));
        Assert.All(hits, h => Assert.True(int.Parse(h.EntityId[4..], System.Globalization.CultureInfo.InvariantCulture) >= common - SearchLimits.RankWindow, h.EntityId));

        // Best first within the window: the short titles (even numbers) before the long ones, each run newest first.
        var first = hits.TakeWhile(h => int.Parse(h.EntityId[4..], System.Globalization.CultureInfo.InvariantCulture) % 2 == 0).Count();
        Assert.Equal(Math.Min(SearchLimits.MaxLimit, SearchLimits.RankWindow), hits.Count);
        Assert.True(first >= hits.Count / 2 - 1, first.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(hits.Take(first).Select(h => h.EntityId).OrderDescending(StringComparer.Ordinal), hits.Take(first).Select(h => h.EntityId));
    }

    [Fact]
    public void Two_common_words_are_ranked_among_the_newest_values_that_hold_both()
    {
        var common = SearchLimits.RankWindow + 500;
        using var store = World(common);

        // "massage" and "studio" are each in more values than the window: the values holding both are ranked, so old ads
        // whose title lacks "studio" are not hits, and the hits are the newest holding both, best first with each word
        // counted once (docs/search.md): the short title (even numbers) before the one that repeats "studio".
        var hits = store.SearchBest("studio massage", SearchLimits.MaxLimit);
        Assert.Equal(SearchLimits.RankWindow, hits.Count);
        Assert.DoesNotContain(hits, h => h.EntityId.StartsWith("old-", StringComparison.Ordinal));
        Assert.All(hits, h => Assert.True(int.Parse(h.EntityId[4..], System.Globalization.CultureInfo.InvariantCulture) >= common - SearchLimits.RankWindow, h.EntityId));
        var shorter = hits.TakeWhile(h => int.Parse(h.EntityId[4..], System.Globalization.CultureInfo.InvariantCulture) % 2 == 0).Count();
        Assert.Equal(hits.Count / 2, shorter);
        Assert.Equal(hits.Take(shorter).Select(h => h.EntityId).OrderDescending(StringComparer.Ordinal), hits.Take(shorter).Select(h => h.EntityId));
        Assert.Equal(hits.Select(h => h.EntityId), store.SearchBest("massage studio", SearchLimits.MaxLimit).Select(h => h.EntityId));

        // A type filter keeps the same hits (all are ads); a page of them carries snippets marking both words.
        Assert.Equal(hits.Take(50).Select(h => h.EntityId), store.SearchBest("studio massage", 50, "Advertisement").Select(h => h.EntityId));
        var page = store.Search("studio massage", 5, 10);
        Assert.Equal(hits.Skip(10).Take(5).Select(h => h.EntityId), page.Select(h => h.EntityId));
        Assert.All(page, h => Assert.StartsWith("[massage] [studio]", h.Snippet, StringComparison.Ordinal));
    }

    [Fact]
    public void Below_the_window_a_repeated_word_still_counts_as_bm25_counts_it()
    {
        // "massage" is in fewer values than the window: ranked exactly (BM25), so the title with "studio" three times
        // outranks the shorter one, as every engine ranks it.
        using var store = World(200);
        var hits = store.SearchBest("studio", 200);
        Assert.Equal(200, hits.Count);
        Assert.All(hits.Take(100), h => Assert.Equal(1, int.Parse(h.EntityId[4..], System.Globalization.CultureInfo.InvariantCulture) % 2));
    }

    [Theory]
    [InlineData(new byte[] { 0x05 }, 5L)]
    [InlineData(new byte[] { 0x7F, 0x01 }, 127L)]
    [InlineData(new byte[] { 0x81, 0x00 }, 128L)]
    [InlineData(new byte[] { 0x82, 0x80, 0x03, 0x09 }, 32771L)]
    [InlineData(new byte[] { }, 0L)]
    public void The_first_number_of_a_size_record_is_a_sqlite_varint(byte[] record, long expected) =>
        Assert.Equal(expected, Fts5.FirstVarint(record));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
