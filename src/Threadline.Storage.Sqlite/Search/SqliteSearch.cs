using Microsoft.Data.Sqlite;

namespace Threadline.Storage.Sqlite;

/// <summary>
/// Runs a <see cref="SearchQuery"/> on the FTS5 index and the statements: which entities match, in best-first
/// order (summed BM25 of the clauses, then entity id), one page at a time, then a snippet for each hit. Words are
/// ranked among their <see cref="SearchLimits.RankWindow"/> most recent matching values (FTS5 reads a term's rows
/// in rowid order cheaply, but ranks each one it returns).
/// </summary>
internal static class SqliteSearch
{
    /// <summary>The best hits from <paramref name="offset"/>; those at positions [<paramref name="shownFrom"/>, +<paramref name="shownCount"/>) of the list returned carry their property and snippet.</summary>
    public static IReadOnlyList<SearchHit> Search(SqliteConnection connection, NameTable names, SearchNames lookup, SearchQuery query, int limit, int offset, int shownFrom = 0, int shownCount = int.MaxValue)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        limit = Math.Min(Math.Min(limit, SearchLimits.MaxLimit), SearchLimits.MaxDepth - offset);
        if (limit <= 0 || query.IsEmpty)
        {
            return [];
        }

        var found = Quick(connection, query, limit, offset) ?? DrivenSearch.Run(connection, query, lookup, limit, offset) ?? General(connection, query, lookup, limit, offset);
        var from = Math.Clamp(shownFrom, 0, found.Count);
        var count = Math.Clamp(shownCount, 0, found.Count - from);
        var marks = count == 0 ? [] : Snippets.For(connection, query, lookup, found.Skip(from).Take(count).Select(row => (row.Eid, row.Sid)).ToList());
        var hits = new List<SearchHit>(found.Count);
        foreach (var row in found)
        {
            var shown = hits.Count >= from && hits.Count < from + count && marks.TryGetValue(row.Eid, out var mark) ? mark : (null, string.Empty);
            hits.Add(new SearchHit(
                row.Id,
                names.Name(connection, row.SchemaId),
                shown.Property is { } p ? names.Name(connection, p) : string.Empty,
                shown.Snippet,
                offset + hits.Count + 1));
        }

        return hits;
    }

    /// <summary>
    /// One clause of plain words (a word, or words joined by OR): ranked as <see cref="Values"/> ranks one FTS5 query.
    /// Null when the query has another shape.
    /// </summary>
    private static List<Row>? Quick(SqliteConnection connection, SearchQuery query, int limit, int offset) =>
        query.Clauses.Count != 1 || query.Clauses[0].Terms.Any(t => t.Field is not null)
            ? null
            : Values(connection, Fts5.Any(query.Clauses[0].Terms), null, limit, offset, everyWord: query.Clauses[0].Terms.Count == 1);

    /// <summary>
    /// The entities of the values one FTS5 query matches, best first: the values are ranked once, in the window (the
    /// most recent <see cref="SearchLimits.RankWindow"/>), and only the best of them are looked up (entity, property),
    /// a prefix that grows until it holds the page; a run of equal ranks at the prefix's end (the same words in copies
    /// of one text) is taken whole, so ties go by entity id. With <paramref name="schemata"/>, only entities of a schema
    /// in every set count. With <c>everyWord</c> (every value the query matches holds every word of it: no OR), BM25's
    /// word weights are the same for every value, and a query matching more values than the window is ranked by the
    /// values' lengths (<see cref="ByLength"/>) instead of by FTS5's <c>bm25()</c>, whose weights walk each word's list.
    /// </summary>
    internal static List<Row> Values(SqliteConnection connection, string match, IReadOnlyList<SortedSet<long>>? schemata, int limit, int offset, bool everyWord = false, bool common = false)
    {
        var ranked = everyWord ? ByLength(connection, match, common) : null;
        var newestFirst = ranked is not null;
        if (ranked is null)
        {
            ranked = [];
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT rowid, rank FROM fulltext WHERE fulltext MATCH $q ORDER BY rowid DESC LIMIT $w;";
            command.Parameters.AddWithValue("$q", match);
            command.Parameters.AddWithValue("$w", SearchLimits.RankWindow);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                ranked.Add((reader.GetInt64(0), reader.GetDouble(1)));
            }
        }

        // Ranked by length, equally short values come newest first (a total order without their entities); by bm25(),
        // equal ranks (copies of one text) go by entity id, so a run of them is looked up whole.
        ranked.Sort(newestFirst ? (a, b) => a.Rank != b.Rank ? a.Rank.CompareTo(b.Rank) : b.Sid.CompareTo(a.Sid) : (a, b) => a.Rank.CompareTo(b.Rank));
        var wanted = offset + limit;
        var owners = new Dictionary<long, (long Eid, long Property, string Id, long Schema)>();
        var taken = 0;
        var prefix = Math.Max(wanted * 2, 64);
        while (true)
        {
            var end = Math.Min(prefix, ranked.Count);
            while (!newestFirst && end > 0 && end < ranked.Count && ranked[end].Rank.Equals(ranked[end - 1].Rank))
            {
                end++;
            }

            Owners(connection, ranked.Skip(taken).Take(end - taken).Select(r => r.Sid).ToList(), owners);
            taken = end;
            var found = new List<Row>();
            var seen = new HashSet<long>();
            var held = ranked.Take(taken).Where(r => owners.TryGetValue(r.Sid, out var o) && (schemata is null || schemata.All(set => set.Contains(o.Schema))));
            foreach (var (sid, _) in newestFirst ? held : held
                .OrderBy(r => r.Rank)
                .ThenBy(r => owners[r.Sid].Id, StringComparer.Ordinal)
                .ThenBy(r => owners[r.Sid].Property))
            {
                var owner = owners[sid];
                if (seen.Add(owner.Eid))
                {
                    found.Add(new Row(owner.Eid, owner.Id, owner.Schema, sid));
                    if (found.Count == wanted)
                    {
                        break;
                    }
                }
            }

            if (found.Count == wanted || taken == ranked.Count)
            {
                return found.Skip(offset).ToList();
            }

            prefix = taken * 4;
        }
    }

    /// <summary>
    /// The most recent <see cref="SearchLimits.RankWindow"/> values of a query that matches more values than that, each
    /// ranked by its length in words (FTS5's own count, <c>fulltext_docsize</c>): with the words' weights equal for
    /// every value, BM25 with each word counted once orders values by length, shortest first (then newest). With
    /// <paramref name="common"/> (its words are each in more values than the window) also a smaller match; otherwise
    /// null when the query matches no more values than the window: those are ranked exactly by <c>bm25()</c>, whose
    /// walk of each word's list is short then.
    /// </summary>
    private static List<(long Sid, double Rank)>? ByLength(SqliteConnection connection, string match, bool common)
    {
        var ranked = new List<(long Sid, double Rank)>(SearchLimits.RankWindow + 1);
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT f.rowid, d.sz
            FROM (SELECT rowid FROM fulltext WHERE fulltext MATCH $q ORDER BY rowid DESC LIMIT $w) AS f
            JOIN fulltext_docsize AS d ON d.id = f.rowid;
            """;
        command.Parameters.AddWithValue("$q", match);
        command.Parameters.AddWithValue("$w", SearchLimits.RankWindow + 1);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            ranked.Add((reader.GetInt64(0), reader.IsDBNull(1) ? int.MaxValue : Fts5.FirstVarint((byte[])reader.GetValue(1))));
        }

        if (ranked.Count <= SearchLimits.RankWindow && !common)
        {
            return null;
        }

        if (ranked.Count > SearchLimits.RankWindow)
        {
            // One row past the window was read to tell a common query from a rare one: the oldest goes (the caller sorts).
            var oldest = 0;
            for (var i = 1; i < ranked.Count; i++)
            {
                if (ranked[i].Sid < ranked[oldest].Sid)
                {
                    oldest = i;
                }
            }

            ranked.RemoveAt(oldest);
        }

        return ranked;
    }

    /// <summary>Entity, property, entity id and schema of full-text values, by statement row id.</summary>
    private static void Owners(SqliteConnection connection, List<long> sids, Dictionary<long, (long Eid, long Property, string Id, long Schema)> owners)
    {
        if (sids.Count == 0)
        {
            return;
        }

        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT s.sid, s.eid, s.prop_id, e.id, e.schema_id
            FROM json_each($sids) AS j
            JOIN {SearchSql.FullTextRows} ON s.sid = j.value AND s.indexed = 1
            JOIN entities AS e ON e.eid = s.eid;
            """;
        command.Parameters.AddWithValue("$sids", System.Text.Json.JsonSerializer.Serialize(sids));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            owners[reader.GetInt64(0)] = (reader.GetInt64(1), reader.GetInt64(2), reader.GetString(3), reader.GetInt64(4));
        }
    }

    private static List<Row> General(SqliteConnection connection, SearchQuery query, SearchNames lookup, int limit, int offset)
    {
        using var command = SearchSql.Build(connection, query, lookup, limit, offset);
        var found = new List<Row>();
        if (command is null)
        {
            return found;
        }

        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            found.Add(new Row(reader.GetInt64(0), reader.GetString(1), reader.GetInt64(2), reader.IsDBNull(3) ? null : reader.GetInt64(3)));
        }

        return found;
    }

    /// <param name="Eid">The entity's row id.</param>
    /// <param name="Id">The entity id.</param>
    /// <param name="SchemaId">Its schema's name id.</param>
    /// <param name="Sid">The statement that matched (for several clauses, the driving one), when one did.</param>
    internal sealed record Row(long Eid, string Id, long SchemaId, long? Sid);
}
