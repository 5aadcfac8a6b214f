using System.Text;
using Microsoft.Data.Sqlite;

namespace Threadline.Storage.Sqlite;

/// <summary>
/// FTS5 search over full-text statement values: the query as FTS5 syntax first (plain words are
/// AND-ed), and when SQLite rejects it (unbalanced quotes, stray operators) each term quoted as a
/// literal. BM25 ranks; the best-ranked value of each entity is its one hit.
/// </summary>
internal static class FullTextSearch
{
    /// <summary>Bounds on what user text can make SQLite do.</summary>
    public const int MaxQueryLength = 1000;

    public const int MaxTerms = 32;

    public const int MaxLimit = 10_000;

    public static IReadOnlyList<SearchHit> Search(SqliteConnection connection, NameTable names, string query, int limit)
    {
        ArgumentNullException.ThrowIfNull(query);
        limit = Math.Min(limit, MaxLimit);
        if (limit <= 0 || string.IsNullOrWhiteSpace(query))
        {
            return [];
        }

        var text = query.Length > MaxQueryLength ? query[..MaxQueryLength] : query;
        if (text.Contains('\0', StringComparison.Ordinal))
        {
            text = text.Replace('\0', ' ');
        }

        try
        {
            return Run(connection, names, text, limit);
        }
        catch (SqliteException)
        {
            var literal = Literal(text);
            if (literal.Length == 0)
            {
                return [];
            }

            try
            {
                return Run(connection, names, literal, limit);
            }
            catch (SqliteException)
            {
                return [];
            }
        }
    }

    /// <summary>Each whitespace-separated term as an FTS5 string (quotes doubled), so nothing is syntax.</summary>
    public static string Literal(string text)
    {
        var builder = new StringBuilder();
        var terms = 0;
        foreach (var term in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (terms == MaxTerms)
            {
                break;
            }

            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append('"').Append(term.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            terms++;
        }

        return builder.ToString();
    }

    private static IReadOnlyList<SearchHit> Run(SqliteConnection connection, NameTable names, string match, int limit)
    {
        // Ask FTS5 for more rows than hits, since several values of one entity may match; widen
        // when they were all taken and the hits are still short.
        for (var window = limit * 4; ; window *= 4)
        {
            var hits = new List<SearchHit>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var rows = 0;
            using (var command = connection.CreateCommand())
            {
                command.CommandText = """
                    SELECT e.id, e.schema_id, s.prop_id, f.snip, f.rank
                    FROM (SELECT rowid, snippet(fulltext, 0, '[', ']', '…', 24) AS snip, rank
                          FROM fulltext WHERE fulltext MATCH $q ORDER BY rank LIMIT $n) AS f
                    JOIN statements AS s ON s.sid = f.rowid
                    JOIN entities AS e ON e.eid = s.eid
                    ORDER BY f.rank, e.id, s.prop_id;
                    """;
                command.Parameters.AddWithValue("$q", match);
                command.Parameters.AddWithValue("$n", window);
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    rows++;
                    var id = reader.GetString(0);
                    if (hits.Count < limit && seen.Add(id))
                    {
                        hits.Add(new SearchHit(
                            id,
                            names.Name(connection, reader.GetInt64(1)),
                            names.Name(connection, reader.GetInt64(2)),
                            reader.IsDBNull(3) ? string.Empty : reader.GetString(3),
                            reader.GetDouble(4)));
                    }
                }
            }

            if (hits.Count >= limit || rows < window || window >= MaxLimit * 64)
            {
                return hits;
            }
        }
    }
}
