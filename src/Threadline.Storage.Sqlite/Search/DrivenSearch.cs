using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Threadline.Storage.Sqlite;

/// <summary>
/// A query of several clauses of words (each word free or limited to one full-text field), perhaps with type filters
/// and field values (which filter the candidates, below).
/// When every clause matches more values than the window and none is limited to a field, the values that hold every
/// clause at once are ranked (<see cref="SqliteSearch.Values"/>). Otherwise the clause that matches the fewest values
/// drives. Its values, ranked (the most recent
/// <see cref="SearchLimits.RankWindow"/> when it has more), give the candidate entities; each other clause is then
/// looked for among the candidates' own full-text values only, in one pass over that clause's rows in which only the
/// candidates' values are ranked. A candidate that every clause matches scores the sum of each clause's best rank.
/// </summary>
/// <remarks>
/// Joining each clause's whole match list (the general plan) ranks every value of every word: a pair of common words
/// in a 1M-ad workspace cost seconds. Here the work is bounded by the driving clause; when it matches no more than
/// the window, the result is exactly the general plan's.
/// </remarks>
internal static class DrivenSearch
{
    /// <summary>The page, or null when the query has another shape (one clause of words alone, field values alone, or a clause that mixes words and field values).</summary>
    public static List<SqliteSearch.Row>? Run(SqliteConnection connection, SearchQuery query, SearchNames names, int limit, int offset)
    {
        var clauses = new List<List<(string Match, long? Property)>>();
        var schemata = new List<SortedSet<long>>();
        var filters = new List<SearchClause>();
        foreach (var clause in query.Clauses)
        {
            if (clause.Terms.All(t => t.Field?.Kind == SearchFieldKind.Schema))
            {
                schemata.Add(SearchSql.SchemaIdSet(clause.Terms, names));
                continue;
            }

            if (clause.Terms.All(SearchSql.IsField))
            {
                filters.Add(clause);
                continue;
            }

            if (!clause.Terms.All(SearchSql.IsText))
            {
                return null;
            }

            var groups = new List<(string Match, long? Property)>();
            foreach (var group in clause.Terms.GroupBy(t => t.Field?.Name, StringComparer.Ordinal))
            {
                long? property = null;
                if (group.Key is { } field)
                {
                    if (names.Id(NameKind.Property, field) is not { } id)
                    {
                        continue;
                    }

                    property = id;
                }

                groups.Add((Fts5.Any(group), property));
            }

            clauses.Add(groups);
        }

        // One clause of words alone is ranked as one FTS5 query; field values alone read their properties (general plan).
        if (clauses.Count == 0 || (clauses.Count < 2 && filters.Count == 0))
        {
            return null;
        }

        if (clauses.Any(c => c.Count == 0) || schemata.Any(s => s.Count == 0))
        {
            return [];
        }

        var counts = clauses.ConvertAll(c => c.Sum(g => Count(connection, g.Match)));
        if (counts.Min() > SearchLimits.RankWindow && filters.Count == 0 && clauses.All(c => c.All(g => g.Property is null)))
        {
            // Every clause is common: the values that hold all of them at once, ranked among the most recent window of
            // those (FTS5 intersects the words' lists itself), instead of a window of one word's values searched for
            // the others, which would find few of them.
            var together = string.Join(" AND ", clauses.Select(c => "(" + string.Join(" OR ", c.Select(g => g.Match)) + ")"));
            return SqliteSearch.Values(connection, together, schemata, limit, offset, everyWord: query.Clauses.Where(c => !c.Terms.All(t => t.Field?.Kind == SearchFieldKind.Schema)).All(c => c.Terms.Count == 1), common: true);
        }

        var driver = clauses[counts.IndexOf(counts.Min())];

        // The driving clause's values, unranked: entity → its matching values, per group of the clause.
        var candidates = Candidates(connection, driver);

        // Field values filter the candidates (each looked for among a candidate's own statements): reading every
        // statement of a property to match a value (city:Madrid, a facet clicked) cost seconds at 1M ads.
        foreach (var filter in filters)
        {
            if (candidates.Count == 0)
            {
                break;
            }

            var holding = Holding(connection, filter, candidates.Keys, names);
            if (holding is null)
            {
                return [];
            }

            foreach (var eid in candidates.Keys.Where(eid => !holding.Contains(eid)).ToList())
            {
                candidates.Remove(eid);
            }
        }

        if (candidates.Count == 0)
        {
            return [];
        }

        var alive = candidates.Keys.ToHashSet();
        var scores = alive.ToDictionary(eid => eid, _ => 0.0);
        var owners = FtsPass.ValuesOf(connection, alive);
        foreach (var clause in clauses.Where(c => !ReferenceEquals(c, driver)))
        {
            var best = Best(connection, clause, owners.Where(o => alive.Contains(o.Value.Eid)).ToList());
            alive.IntersectWith(best.Keys);
            foreach (var eid in alive)
            {
                scores[eid] += best[eid].Rank;
            }
        }

        // Only now is the driving clause ranked, on the values of the entities every clause matched.
        var driven = Best(connection, driver, candidates.Where(c => alive.Contains(c.Key)).SelectMany(c => c.Value.Select(v => KeyValuePair.Create(v.Sid, (c.Key, v.Property)))).ToList());
        var found = new Dictionary<long, (double Score, long Sid)>();
        foreach (var eid in alive)
        {
            if (driven.TryGetValue(eid, out var d))
            {
                found[eid] = (scores[eid] + d.Rank, d.Sid);
            }
        }

        var rowsOut = new List<(double Score, SqliteSearch.Row Row)>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT eid, id, schema_id FROM entities WHERE eid IN (SELECT value FROM json_each($eids));";
            command.Parameters.AddWithValue("$eids", JsonSerializer.Serialize(found.Keys));
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var eid = reader.GetInt64(0);
                var schema = reader.GetInt64(2);
                if (schemata.All(s => s.Contains(schema)))
                {
                    rowsOut.Add((found[eid].Score, new SqliteSearch.Row(eid, reader.GetString(1), schema, found[eid].Sid)));
                }
            }
        }

        return rowsOut
            .OrderBy(r => r.Score)
            .ThenBy(r => r.Row.Id, StringComparer.Ordinal)
            .Skip(offset)
            .Take(limit)
            .Select(r => r.Row)
            .ToList();
    }

    /// <summary>
    /// Which of the entities hold a value one of the clause's field terms asks (as the general plan matches it, read
    /// through each entity's own statements); null when the workspace never stored any of the clause's properties.
    /// </summary>
    private static HashSet<long>? Holding(SqliteConnection connection, SearchClause clause, IEnumerable<long> eids, SearchNames names)
    {
        using var command = connection.CreateCommand();
        var conditions = clause.Terms.Select(t => SearchSql.FieldCondition(command, t, names)).OfType<string>().ToList();
        if (conditions.Count == 0)
        {
            return null;
        }

        command.CommandText = $"""
            SELECT DISTINCT s.eid
            FROM json_each($eids) AS j
            JOIN statements AS s INDEXED BY statements_by_entity ON s.eid = j.value
            WHERE {string.Join(" OR ", conditions.Select(c => "(" + c + ")"))};
            """;
        command.Parameters.AddWithValue("$eids", JsonSerializer.Serialize(eids));
        var holding = new HashSet<long>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            holding.Add(reader.GetInt64(0));
        }

        return holding;
    }

    /// <summary>
    /// Values one FTS5 query matches, counted up to two windows (FTS5 counts without ranking, but a word in every ad of
    /// a 1M-ad workspace still takes milliseconds); past one window a clause does not drive.
    /// </summary>
    private static long Count(SqliteConnection connection, string match)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM (SELECT rowid FROM fulltext WHERE fulltext MATCH $q LIMIT $n);";
        command.Parameters.AddWithValue("$q", match);
        command.Parameters.AddWithValue("$n", (2 * SearchLimits.RankWindow) + 1);
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>The driving clause's entities (its most recent values, unranked), each with its matching values and their properties.</summary>
    private static Dictionary<long, List<(long Sid, long Property)>> Candidates(SqliteConnection connection, List<(string Match, long? Property)> clause)
    {
        var found = new Dictionary<long, List<(long Sid, long Property)>>();
        foreach (var (match, property) in clause)
        {
            using var command = connection.CreateCommand();
            var filter = property is null ? string.Empty : " AND s.prop_id = $p";
            command.CommandText = $"""
                SELECT s.eid, s.sid, s.prop_id
                FROM (SELECT rowid FROM fulltext WHERE fulltext MATCH $q ORDER BY rowid DESC LIMIT $n) AS f
                JOIN {SearchSql.FullTextRows} ON s.sid = f.rowid AND s.indexed = 1{filter};
                """;
            command.Parameters.AddWithValue("$q", match);
            command.Parameters.AddWithValue("$n", SearchLimits.RankWindow);
            if (property is { } p)
            {
                command.Parameters.AddWithValue("$p", p);
            }

            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var eid = reader.GetInt64(0);
                if (!found.TryGetValue(eid, out var values))
                {
                    values = [];
                    found[eid] = values;
                }

                values.Add((reader.GetInt64(1), reader.GetInt64(2)));
            }
        }

        return found;
    }

    /// <summary>
    /// Each entity's best rank for one clause over the listed values (statement row id → entity and property), and the
    /// value that gave it (lowest row id among equal ranks); an entity none of whose values match is absent.
    /// </summary>
    private static Dictionary<long, (double Rank, long Sid)> Best(SqliteConnection connection, List<(string Match, long? Property)> clause, List<KeyValuePair<long, (long Eid, long Property)>> values)
    {
        var owner = values.ToDictionary(v => v.Key, v => v.Value.Eid);
        var best = new Dictionary<long, (double Rank, long Sid)>();
        foreach (var (match, property) in clause)
        {
            var rows = values.Where(v => property is null || v.Value.Property == property).Select(v => v.Key).ToList();
            Rank(connection, match, rows, (sid, rank) =>
            {
                var eid = owner[sid];
                if (!best.TryGetValue(eid, out var held) || rank < held.Rank || (rank.Equals(held.Rank) && sid < held.Sid))
                {
                    best[eid] = (rank, sid);
                }
            });
        }

        return best;
    }

    /// <summary>Ranks the listed values that an FTS5 query matches, in one pass (<see cref="FtsPass"/>).</summary>
    private static void Rank(SqliteConnection connection, string match, List<long> sids, Action<long, double> found)
    {
        if (sids.Count == 0)
        {
            return;
        }

        using var command = FtsPass.Over(connection, match, sids, "rank");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            found(reader.GetInt64(0), reader.GetDouble(1));
        }
    }
}
