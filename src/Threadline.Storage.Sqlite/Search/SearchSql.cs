using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Threadline.Storage.Sqlite;

/// <summary>
/// The general mapping of a <see cref="SearchQuery"/> to one SQL statement. Each clause is a common table of the
/// entities it matches (<c>eid</c>), with its best FTS5 rank (BM25, lower is better; 0 for a field value) and the
/// statement that gave it; the clauses are joined on the entity, their ranks summed, and the page is cut from
/// that order (then entity id). A clause of only <c>schema:</c> terms is a filter on the entity's type.
/// </summary>
internal static class SearchSql
{
    /// <summary>
    /// The command for one page, or null when the query cannot match anything in this workspace (a field or schema it
    /// never stored). Its rows: eid, id, schema_id, sid (or null), score.
    /// </summary>
    public static SqliteCommand? Build(SqliteConnection connection, SearchQuery query, SearchNames names, int limit, int offset)
    {
        var command = connection.CreateCommand();
        var tables = new List<string>();
        var filters = new List<string>();
        foreach (var clause in query.Clauses)
        {
            if (clause.Terms.All(t => t.Field?.Kind == SearchFieldKind.Schema))
            {
                var schemata = SchemaIds(clause.Terms, names);
                if (schemata.Length == 0)
                {
                    return Nothing(command);
                }

                filters.Add($"e.schema_id IN ({string.Join(", ", schemata)})");
                continue;
            }

            var parts = Parts(command, clause, names);
            if (parts.Count == 0)
            {
                return Nothing(command);
            }

            var name = "c" + tables.Count.ToString(CultureInfo.InvariantCulture);
            tables.Add($"{name}(eid, r, sid) AS (SELECT eid, min(r), sid FROM ({string.Join(" UNION ALL ", parts)}) GROUP BY eid)");
        }

        var where = filters.Count == 0 ? string.Empty : " WHERE " + string.Join(" AND ", filters);
        command.Parameters.AddWithValue("$limit", limit);
        command.Parameters.AddWithValue("$offset", offset);
        if (tables.Count == 0)
        {
            command.CommandText = $"SELECT e.eid, e.id, e.schema_id, NULL, 0.0 FROM entities AS e{where} ORDER BY e.id LIMIT $limit OFFSET $offset;";
            return command;
        }

        var from = new StringBuilder("c0");
        var score = new StringBuilder("c0.r");
        for (var i = 1; i < tables.Count; i++)
        {
            from.Append(CultureInfo.InvariantCulture, $" JOIN c{i} ON c{i}.eid = c0.eid");
            score.Append(CultureInfo.InvariantCulture, $" + c{i}.r");
        }

        command.CommandText =
            $"WITH {string.Join(", ", tables)} SELECT e.eid, e.id, e.schema_id, c0.sid, {score} AS score FROM {from} JOIN entities AS e ON e.eid = c0.eid{where} ORDER BY score, e.id LIMIT $limit OFFSET $offset;";
        return command;
    }

    /// <summary>The alternatives of one clause as row sources of (eid, r, sid); none when nothing can match.</summary>
    private static List<string> Parts(SqliteCommand command, SearchClause clause, SearchNames names)
    {
        var parts = new List<string>();
        foreach (var group in clause.Terms.Where(IsText).GroupBy(t => t.Field?.Name, StringComparer.Ordinal))
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

            var match = Parameter(command, Fts5.Any(group));
            parts.Add($"SELECT s.eid AS eid, f.rank AS r, s.sid AS sid FROM {Window(match)} AS f JOIN {FullTextRows} ON s.sid = f.rowid AND s.indexed = 1{property}");
        }

        foreach (var term in clause.Terms.Where(IsField))
        {
            if (FieldCondition(command, term, names) is { } condition)
            {
                parts.Add($"SELECT s.eid AS eid, 0.0 AS r, s.sid AS sid FROM statements AS s INDEXED BY statements_by_property WHERE {condition}");
            }
        }

        var schemata = SchemaIds(clause.Terms.Where(t => t.Field?.Kind == SearchFieldKind.Schema), names);
        if (schemata.Length > 0)
        {
            parts.Add($"SELECT eid AS eid, 0.0 AS r, NULL AS sid FROM entities WHERE schema_id IN ({string.Join(", ", schemata)})");
        }

        return parts;
    }

    /// <summary>
    /// Statements as <c>s</c> through the index of full-text values by row (with <c>s.indexed = 1</c> in the join): a
    /// matching value's entity and property without reading its whole statement row.
    /// </summary>
    public const string FullTextRows = "statements AS s INDEXED BY statements_fulltext_by_row";

    /// <summary>
    /// The rows of one FTS5 query with their rank, the most recent <see cref="SearchLimits.RankWindow"/> of them: FTS5
    /// walks a term's rows in rowid order at little cost but ranks every row it returns.
    /// </summary>
    private static string Window(string match) =>
        $"(SELECT rowid, rank FROM fulltext WHERE fulltext MATCH {match} ORDER BY rowid DESC LIMIT {SearchLimits.RankWindow.ToString(CultureInfo.InvariantCulture)})";

    /// <summary>
    /// The condition on a statement <c>s</c> that a field-value term asks (its property, and its whole value, its start,
    /// or the id or name of the entity it points at), with its pattern as a parameter of <paramref name="command"/>; null
    /// when the workspace never stored that property.
    /// </summary>
    public static string? FieldCondition(SqliteCommand command, SearchTerm term, SearchNames names)
    {
        if (names.Id(NameKind.Property, term.Field!.Name) is not { } id)
        {
            return null;
        }

        var pattern = Parameter(command, LikePattern.Of(term));
        var condition = $"s.value LIKE {pattern} ESCAPE '{LikePattern.Escape}'";
        if (term.Field.Kind == SearchFieldKind.Reference && names.Id(NameKind.Property, "name") is { } nameProperty)
        {
            // The entity pointed at, by its id or by its name (site:rosegarden.example).
            condition = $"({condition} OR s.value IN (SELECT n.id FROM statements AS t INDEXED BY statements_by_property JOIN entities AS n ON n.eid = t.eid WHERE t.prop_id = {nameProperty} AND t.value LIKE {pattern} ESCAPE '{LikePattern.Escape}'))";
        }

        return $"s.prop_id = {id.ToString(CultureInfo.InvariantCulture)} AND {condition}";
    }

    /// <summary>Whether a term matches a property's whole value (or the entity it points at), not words.</summary>
    public static bool IsField(SearchTerm term) => term.Field?.Kind is SearchFieldKind.Value or SearchFieldKind.Reference;

    /// <summary>Whether a term matches inside full text (no field, or a full-text field).</summary>
    public static bool IsText(SearchTerm term) => term.Field is null || term.Field.Kind == SearchFieldKind.Text;

    /// <summary>Ids of the schemata <c>schema:</c> terms name (case ignored; a prefix matches the start).</summary>
    private static string[] SchemaIds(IEnumerable<SearchTerm> terms, SearchNames names) =>
        SchemaIdSet(terms, names).Select(i => i.ToString(CultureInfo.InvariantCulture)).ToArray();

    /// <summary>Ids of the schemata <c>schema:</c> terms name (case ignored; a prefix matches the start), in order.</summary>
    public static SortedSet<long> SchemaIdSet(IEnumerable<SearchTerm> terms, SearchNames names)
    {
        var ids = new SortedSet<long>();
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

        return ids;
    }

    private static string Parameter(SqliteCommand command, string value)
    {
        var name = "$p" + command.Parameters.Count.ToString(CultureInfo.InvariantCulture);
        command.Parameters.AddWithValue(name, value);
        return name;
    }

    private static SqliteCommand? Nothing(SqliteCommand command)
    {
        command.Dispose();
        return null;
    }
}
