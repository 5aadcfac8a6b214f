using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Threadline.Storage.Sqlite;

/// <summary>
/// Runs a <see cref="SearchQuery"/> on the FTS5 index and the statements: which entities match, in best-first
/// order (summed BM25 of the clauses, then entity id), one page at a time, then a snippet for each hit.
/// </summary>
internal static class SqliteSearch
{
    /// <summary>Most FTS5 rows the quick path reads before it leaves the page to the general plan.</summary>
    private const int QuickWindowCap = 1 << 22;

    public static IReadOnlyList<SearchHit> Search(SqliteConnection connection, NameTable names, SearchNames lookup, SearchQuery query, int limit, int offset, bool snippets = true)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        limit = Math.Min(Math.Min(limit, SearchLimits.MaxLimit), SearchLimits.MaxDepth - offset);
        if (limit <= 0 || query.IsEmpty)
        {
            return [];
        }

        var found = Quick(connection, query, limit, offset) ?? General(connection, query, lookup, limit, offset);
        if (!snippets)
        {
            return found.Select((row, i) => new SearchHit(row.Id, names.Name(connection, row.SchemaId), string.Empty, string.Empty, offset + i + 1)).ToList();
        }

        using var marks = new Snippets(connection, query, lookup);
        var hits = new List<SearchHit>(found.Count);
        foreach (var row in found)
        {
            var (property, snippet) = marks.For(row.Eid, row.Sid);
            hits.Add(new SearchHit(
                row.Id,
                names.Name(connection, row.SchemaId),
                property is { } p ? names.Name(connection, p) : string.Empty,
                snippet,
                offset + hits.Count + 1));
        }

        return hits;
    }

    /// <summary>
    /// One clause of plain words (a word, or words joined by OR): FTS5 gives its best rows first, so a window of
    /// them, widened until it holds the page, avoids looking up every match (a word in every ad). Null when the
    /// query has another shape or the window would grow too large.
    /// </summary>
    private static List<Row>? Quick(SqliteConnection connection, SearchQuery query, int limit, int offset)
    {
        if (query.Clauses.Count != 1 || query.Clauses[0].Terms.Any(t => t.Field is not null))
        {
            return null;
        }

        var wanted = offset + limit;
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT s.eid, e.id, e.schema_id, s.sid, f.rank
            FROM (SELECT rowid, rank FROM fulltext WHERE fulltext MATCH $q ORDER BY rank LIMIT $n) AS f
            JOIN statements AS s ON s.sid = f.rowid
            JOIN entities AS e ON e.eid = s.eid
            ORDER BY f.rank, e.id, s.prop_id;
            """;
        command.Parameters.AddWithValue("$q", Fts5.Any(query.Clauses[0].Terms));
        var window = command.Parameters.Add("$n", SqliteType.Integer);
        for (var size = Math.Max(wanted * 4L, 64); size <= QuickWindowCap; size *= 4)
        {
            window.Value = size;
            var found = new List<Row>();
            var seen = new HashSet<long>();
            var rows = 0L;
            var lastTaken = double.NaN;
            var lastRead = double.NaN;
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    rows++;
                    lastRead = reader.GetDouble(4);
                    if (found.Count < wanted && seen.Add(reader.GetInt64(0)))
                    {
                        found.Add(new Row(reader.GetInt64(0), reader.GetString(1), reader.GetInt64(2), reader.GetInt64(3)));
                        lastTaken = lastRead;
                    }
                }
            }

            // Complete when every match was read, or when the window's last rows rank strictly below the page's last
            // hit (an entity outside the window cannot tie with it and come first by id).
            if (rows < size || (found.Count == wanted && lastTaken < lastRead))
            {
                return found.Skip(offset).ToList();
            }

            if (found.Count == wanted)
            {
                // The page ends inside a run of equal ranks (the same words in copies of one text): rather than widen
                // the window until the run ends, read every row ranked as well or better, once.
                return Ties(connection, command.Parameters["$q"].Value!, lastTaken, wanted).Skip(offset).ToList();
            }
        }

        return null;
    }

    private static List<Row> Ties(SqliteConnection connection, object match, double rank, int wanted)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT s.eid, e.id, e.schema_id, s.sid
            FROM (SELECT rowid, rank FROM fulltext WHERE fulltext MATCH $q AND rank <= $r) AS f
            JOIN statements AS s ON s.sid = f.rowid
            JOIN entities AS e ON e.eid = s.eid
            ORDER BY f.rank, e.id, s.prop_id;
            """;
        command.Parameters.AddWithValue("$q", match);
        command.Parameters.AddWithValue("$r", rank);
        var found = new List<Row>();
        var seen = new HashSet<long>();
        using var reader = command.ExecuteReader();
        while (found.Count < wanted && reader.Read())
        {
            if (seen.Add(reader.GetInt64(0)))
            {
                found.Add(new Row(reader.GetInt64(0), reader.GetString(1), reader.GetInt64(2), reader.GetInt64(3)));
            }
        }

        return found;
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
    /// <param name="Sid">The statement that matched its first clause, when one did.</param>
    private sealed record Row(long Eid, string Id, long SchemaId, long? Sid);

    /// <summary>Numbers in SQL text are written invariantly.</summary>
    internal static string Sql(long value) => value.ToString(CultureInfo.InvariantCulture);
}
