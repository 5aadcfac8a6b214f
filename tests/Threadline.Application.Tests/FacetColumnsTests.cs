using System.Globalization;
using Threadline.Application.Queries;
using Threadline.Application.Queries.Search;
using Threadline.Core.Statements;
using Threadline.Storage;
using Threadline.Storage.Sqlite;

namespace Threadline.Application.Tests;

/// <summary>
/// Issue 14 (search p95 at 1M): a serving investigation (the web app) keeps every ad's facet keys in memory and counts a
/// search's facets from them; the counts are the store's own, to the key and the unknown, and follow the workspace.
/// </summary>
public sealed class FacetColumnsTests : IDisposable
{
    private static readonly DateTimeOffset At = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly string[] Sites = ["site-a", "site-b", "site-c"];
    private static readonly string[] Cities = ["Antwerp", "Brussels", "Gent", "Liège", "Namur"];
    private readonly string _folder = Directory.CreateTempSubdirectory("tl-facets-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Columns_count_every_field_as_the_store_does_with_repeats_several_values_unknowns_and_ids_of_other_kinds()
    {
        using var store = SqliteWorkspaceStore.Open(Path.Combine(_folder, "ws.db"));
        store.Write(Ads(60));
        var columns = FacetColumns.Build(store, "Advertisement", SearchQueries.FacetFields);
        Assert.Equal(60, columns.Entities); // the ads with a facet key: not the bare ad (counted as unknown), not the phone

        var all = Enumerable.Range(0, 62).Select(Id).Append("phone-1").Append("nobody").ToList();
        foreach (var ids in new[] { all, all.Where((_, i) => i % 3 == 0).ToList(), [Id(61), Id(0), Id(0), "phone-1"], ["nobody"], [] })
        {
            foreach (var limit in new[] { 2, 100 })
            {
                var expected = store.FacetsOf("Advertisement", ids, SearchQueries.FacetFields, limit);
                var counted = columns.Count(ids, limit, rest => NotHeld(store, rest));
                Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), counted.Keys.Order(StringComparer.Ordinal));
                foreach (var (property, values) in expected)
                {
                    Assert.Equal(values, counted[property]);
                }
            }
        }

        // Spot checks against the world written: the ad with two cities counts under both; the ad with no facet but a
        // title is counted, under unknown; a month is counted once for an ad stated twice in it.
        var facets = columns.Count(all, 100, rest => NotHeld(store, rest));
        Assert.Equal(61, facets["site"].Sum(kv => kv.Value));
        Assert.Equal(61 + 1, facets["city"].Sum(kv => kv.Value));
        Assert.Equal(61, facets["postedAt"].Sum(kv => kv.Value));
        Assert.Contains(new KeyValuePair<string, long>(Facets.Unknown, 1), facets["site"]);
    }

    [Fact]
    public async Task A_serving_investigation_counts_a_search_from_columns_built_aside_and_builds_them_again_when_the_workspace_changes()
    {
        using var store = SqliteWorkspaceStore.Open(Path.Combine(_folder, "ws.db"));
        store.Write(Ads(40));
        var oneShot = new Investigation(store);
        var serving = new Investigation(store, serving: true);
        Assert.Null(oneShot.AdFacets());
        Assert.True(oneShot.Warm().IsCompleted);
        Assert.Null(oneShot.AdFacets());

        await serving.Warm().WaitAsync(TimeSpan.FromSeconds(30));
        var columns = serving.AdFacets();
        Assert.NotNull(columns);
        Assert.Equal(SearchQueries.Run(oneShot, "lovely").Facets, SearchQueries.Run(serving.Pinned(), "lovely").Facets, new FacetsComparer());

        // A new ad moves the sequence: the kept columns are not used for the workspace as it is now, a build starts.
        store.Write(Ad(100, "site-z", ["Oostende"], "BE", At.AddMonths(3), "nl"));
        Assert.Null(serving.AdFacets());
        await serving.Warm().WaitAsync(TimeSpan.FromSeconds(30));
        var rebuilt = serving.AdFacets();
        Assert.NotNull(rebuilt);
        Assert.NotSame(columns, rebuilt);
        var view = SearchQueries.Run(serving.Pinned(), "lovely");
        Assert.Contains(view.Facets.Single(f => f.Name == "city").Values, v => v.Value == "Oostende");
        Assert.Equal(SearchQueries.Run(oneShot, "lovely").Facets, view.Facets, new FacetsComparer());
    }

    [Fact]
    public async Task A_build_that_fails_leaves_searches_to_the_store_and_is_not_tried_again_until_the_workspace_changes()
    {
        var builds = 0;
        var sequence = 1L;
        var reads = 0L;
        Stamp Now() => new(sequence, ++reads);
        var aside = new BuiltAside<string>(() => { Interlocked.Increment(ref builds); throw new InvalidOperationException("closed"); }, Now);
        Assert.Null(aside.Get(Now()));
        await aside.Building.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Null(aside.Get(Now()));
        await aside.Building.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(1, builds);

        sequence = 2;
        Assert.Null(aside.Get(Now()));
        await aside.Building.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(2, builds);
    }

    private static long NotHeld(IWorkspaceStore store, IReadOnlyList<string> ids) =>
        store.ReadStatements(new StatementQuery { Schema = "Advertisement", EntityIds = ids }).Select(s => s.EntityId).Distinct(StringComparer.Ordinal).LongCount();

    private static string Id(int i) => "ad-" + i.ToString("D3", CultureInfo.InvariantCulture);

    private static List<Statement> Ads(int count)
    {
        var statements = new List<Statement>();
        for (var i = 0; i < count; i++)
        {
            // Ad 7 is in two cities; every fifth has no language; ad 11's date is stated again by a second source.
            var cities = i == 7 ? new[] { Cities[0], Cities[1] } : [Cities[i % Cities.Length]];
            statements.AddRange(Ad(i, Sites[i % Sites.Length], cities, i % 4 == 0 ? "NL" : "BE", At.AddDays(i * 2), i % 5 == 0 ? null : (i % 2 == 0 ? "fr" : "nl")));
        }

        statements.Add(new Statement(Id(11), "Advertisement", "postedAt", At.AddDays(22).AddHours(3).ToString("o", CultureInfo.InvariantCulture), "src-2", null, "ingest.ads", null, At, At));

        // An ad with no facet at all (counted, as unknown), a phone (not an ad: not counted).
        statements.Add(new Statement(Id(61), "Advertisement", "title", "lovely but bare", "src-1", null, "ingest.ads", null, At, At));
        statements.Add(new Statement("phone-1", "Phone", "number", "+32470123456", "src-1", null, "extract", null, At, At));
        return statements;
    }

    private static List<Statement> Ad(int i, string site, string[] cities, string country, DateTimeOffset posted, string? language)
    {
        var id = Id(i);
        var list = new List<Statement>
        {
            new(id, "Advertisement", "title", "lovely " + id, "src-1", null, "ingest.ads", null, At, At),
            new(id, "Advertisement", "site", site, "src-1", null, "ingest.ads", null, At, At),
            new(id, "Advertisement", "postedAt", posted.ToString("o", CultureInfo.InvariantCulture), "src-1", null, "ingest.ads", null, At, At),
            new(id, "Advertisement", "country", country, "src-1", null, "extract", null, At, At),
        };
        list.AddRange(cities.Select(c => new Statement(id, "Advertisement", "city", c, "src-1", null, "extract", null, At, At)));
        if (language is not null)
        {
            list.Add(new(id, "Advertisement", "language", language, "src-1", null, "extract", null, At, At));
        }

        return list;
    }

    private sealed class FacetsComparer : IEqualityComparer<IReadOnlyList<SearchFacet>>
    {
        public bool Equals(IReadOnlyList<SearchFacet>? x, IReadOnlyList<SearchFacet>? y) =>
            x is not null && y is not null && x.Count == y.Count
            && x.Zip(y).All(p => p.First.Name == p.Second.Name && p.First.Values.SequenceEqual(p.Second.Values));

        public int GetHashCode(IReadOnlyList<SearchFacet> obj) => obj.Count;
    }
}
