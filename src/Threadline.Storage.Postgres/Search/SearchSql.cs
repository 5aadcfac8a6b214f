using System.Globalization;
using System.Text;
using Npgsql;
using NpgsqlTypes;

namespace Threadline.Storage.Postgres;

/// <summary>
/// A <see cref="SearchQuery"/> as one SQL statement. Each clause is a common table of the entities it matches, with its
/// best <c>ts_rank_cd</c> (cover density, divided by 1 + the log of the value's length, so shorter values rank higher;
/// 0 for a field value) and the statement that gave it. The clauses are joined on the entity; each clause's rank is
/// weighted by how rare its matches are (<c>ln(1 + statements / entities matched)</c>, so rarer words count for more)
/// and summed; the page is cut from that order, best first, then by entity id. Text reaches PostgreSQL only as
/// parameters: words as typed <c>tsquery</c> values (<see cref="TsQueries"/>), field values as <c>LIKE</c> patterns.
/// </summary>
internal static class SearchSql
{
    /// <summary>The command for one page, or null when nothing can match. Rows: eid, id, schema_id, prop_id, hash.</summary>
    public static NpgsqlCommand? Build(NpgsqlConnection connection, Tables t, SearchQuery query, SearchNames names, int limit, int offset)
    {
        var command = new NpgsqlCommand { Connection = connection };
        var tables = new List<string>();
        var filters = new List<string>();
        foreach (var clause in query.Clauses)
        {
            if (clause.Terms.All(term => term.Field?.Kind == SearchFieldKind.Schema))
            {
                var schemata = SchemaIds(clause.Terms, names);
                if (schemata.Length == 0)
                {
                    return Nothing(command);
                }

                filters.Add($"e.schema_id = ANY({Parameter(command, schemata, NpgsqlDbType.Array | NpgsqlDbType.Integer)})");
                continue;
            }

            var parts = Parts(command, t, clause, names);
            if (parts.Count == 0)
            {
                return Nothing(command);
            }

            var name = "c" + tables.Count.ToString(CultureInfo.InvariantCulture);
            tables.Add($"{name} AS MATERIALIZED (SELECT DISTINCT ON (eid) eid, r, prop_id, hash FROM ({string.Join(" UNION ALL ", parts)}) AS m ORDER BY eid, r DESC, prop_id, hash)");
        }

        var where = filters.Count == 0 ? string.Empty : " WHERE " + string.Join(" AND ", filters);
        command.Parameters.AddWithValue("limit", limit);
        command.Parameters.AddWithValue("offset", offset);
        if (tables.Count == 0)
        {
            command.CommandText = $"SELECT e.eid, e.id, e.schema_id, NULL::integer, NULL::uuid FROM {t.Entities} AS e{where} ORDER BY e.id LIMIT @limit OFFSET @offset;";
            return command;
        }

        var from = new StringBuilder("c0");
        var score = new StringBuilder();
        for (var i = 0; i < tables.Count; i++)
        {
            if (i > 0)
            {
                from.Append(CultureInfo.InvariantCulture, $" JOIN c{i} ON c{i}.eid = c0.eid");
                score.Append(" + ");
            }

            score.Append(CultureInfo.InvariantCulture, $"c{i}.r * ln(1.0 + n.statements / greatest(1, (SELECT count(*) FROM c{i})))");
        }

        command.CommandText = $"""
            WITH {string.Join(", ", tables)},
                 n AS (SELECT greatest(1, value)::float8 AS statements FROM {t.Counters} WHERE name = 'statements')
            SELECT e.eid, e.id, e.schema_id, c0.prop_id, c0.hash
            FROM {from} JOIN {t.Entities} AS e ON e.eid = c0.eid CROSS JOIN n{where}
            ORDER BY {score} DESC, e.id LIMIT @limit OFFSET @offset;
            """;
        return command;
    }

    /// <summary>The alternatives of one clause as row sources of (eid, r, prop_id, hash); none when nothing can match.</summary>
    private static List<string> Parts(NpgsqlCommand command, Tables t, SearchClause clause, SearchNames names)
    {
        var parts = new List<string>();
        foreach (var group in clause.Terms.Where(IsText).GroupBy(term => term.Field?.Name, StringComparer.Ordinal))
        {
            var property = string.Empty;
            if (group.Key is { } field)
            {
                if (names.Id(NameKind.Property, field) is not { } id)
                {
                    continue;
                }

                property = " AND s.prop_id = " + id.ToString(CultureInfo.InvariantCulture);
            }

            if (TsQueries.Any(group) is not { } tsquery)
            {
                continue;
            }

            var q = Parameter(command, tsquery, NpgsqlDbType.TsQuery);
            parts.Add($"SELECT s.eid, ts_rank_cd(s.words, {q}, 1)::float8 AS r, s.prop_id, s.hash FROM {t.Statements} AS s WHERE s.words @@ {q}{property}");
        }

        foreach (var term in clause.Terms.Where(term => term.Field?.Kind is SearchFieldKind.Value or SearchFieldKind.Reference))
        {
            if (names.Id(NameKind.Property, term.Field!.Name) is not { } id)
            {
                continue;
            }

            // ASCII case only, as SQLite's LIKE: lower() under the "C" collation folds A-Z and nothing else.
            var pattern = Parameter(command, LikePattern.Of(term), NpgsqlDbType.Text);
            var condition = $"lower(s.value) LIKE {pattern} ESCAPE '\\'";
            if (term.Field.Kind == SearchFieldKind.Reference && names.Id(NameKind.Property, "name") is { } nameProperty)
            {
                // The entity pointed at, by its id or by its name (site:rosegarden.example).
                condition = $"({condition} OR s.value IN (SELECT n.id FROM {t.Statements} AS x JOIN {t.Entities} AS n ON n.eid = x.eid WHERE x.prop_id = {nameProperty} AND lower(x.value) LIKE {pattern} ESCAPE '\\'))";
            }

            parts.Add($"SELECT s.eid, 0::float8 AS r, s.prop_id, s.hash FROM {t.Statements} AS s WHERE s.prop_id = {id} AND {condition}");
        }

        var schemata = SchemaIds(clause.Terms.Where(term => term.Field?.Kind == SearchFieldKind.Schema), names);
        if (schemata.Length > 0)
        {
            var p = Parameter(command, schemata, NpgsqlDbType.Array | NpgsqlDbType.Integer);
            parts.Add($"SELECT eid, 0::float8 AS r, NULL::integer AS prop_id, NULL::uuid AS hash FROM {t.Entities} WHERE schema_id = ANY({p})");
        }

        return parts;
    }

    /// <summary>Whether a term matches inside full text (no field, or a full-text field).</summary>
    public static bool IsText(SearchTerm term) => term.Field is null || term.Field.Kind == SearchFieldKind.Text;

    /// <summary>Ids of the schemata <c>schema:</c> terms name (case ignored; a prefix matches the start).</summary>
    private static int[] SchemaIds(IEnumerable<SearchTerm> terms, SearchNames names)
    {
        var ids = new SortedSet<int>();
        foreach (var term in terms)
        {
            foreach (var schema in names.Schemata)
            {
                var matches = term.Prefix
                    ? schema.StartsWith(term.Text, StringComparison.OrdinalIgnoreCase)
                    : schema.Equals(term.Text, StringComparison.OrdinalIgnoreCase);
                if (matches && names.Id(NameKind.Schema, schema) is { } id)
                {
                    ids.Add(id);
                }
            }
        }

        return [.. ids];
    }

    private static string Parameter(NpgsqlCommand command, object value, NpgsqlDbType type)
    {
        var name = "p" + command.Parameters.Count.ToString(CultureInfo.InvariantCulture);
        command.Parameters.Add(new NpgsqlParameter(name, type) { Value = value });
        return "@" + name;
    }

    private static NpgsqlCommand? Nothing(NpgsqlCommand command)
    {
        command.Dispose();
        return null;
    }
}
