using Npgsql;
using NpgsqlTypes;
using Threadline.Core.Statements;

namespace Threadline.Storage.Postgres;

/// <summary>
/// Streams statements a page of entities at a time (keyset on the entity id, or on its row number for storage order),
/// each page one short query on a pooled connection, read whole before it is handed out: memory stays flat, no
/// transaction stays open across the workspace, and a job may write to what it reads.
/// </summary>
internal sealed class StatementStream
{
    public const int PageSize = 512;
    public const int IdChunk = 256;

    private readonly NpgsqlDataSource _data;
    private readonly Tables _t;
    private readonly NameTable _names;

    public StatementStream(NpgsqlDataSource data, Tables tables, NameTable names)
    {
        _data = data;
        _t = tables;
        _names = names;
    }

    /// <summary>Statements of entities (of one schema when given) in entity-id order, then statement id; with a filter only the matching ones, of entities that have one.</summary>
    public IEnumerable<Statement> Scan(int? schemaId, StatementFilter filter)
    {
        string? after = null;
        while (true)
        {
            List<Statement> page;
            string? last;
            using (var connection = _data.OpenConnection())
            {
                using var command = new NpgsqlCommand { Connection = connection };
                var where = new List<string>();
                if (after is not null)
                {
                    where.Add("id > @after");
                    command.Parameters.AddWithValue("after", after);
                }

                if (schemaId is { } schema)
                {
                    where.Add("schema_id = @schema");
                    command.Parameters.AddWithValue("schema", schema);
                }

                var exists = filter.IsEmpty ? string.Empty : $"EXISTS (SELECT 1 FROM {_t.Statements} AS s WHERE s.eid = x.eid{filter.Sql})";
                if (exists.Length > 0)
                {
                    where.Add(exists);
                }

                filter.Bind(command);
                var condition = where.Count == 0 ? string.Empty : " WHERE " + string.Join(" AND ", where);
                command.CommandText = $"""
                    SELECT {StatementRows.Columns}
                    FROM (SELECT x.eid, x.id, x.schema_id FROM {_t.Entities} AS x{condition} ORDER BY x.id LIMIT {PageSize}) AS e
                    JOIN {_t.Statements} AS s ON s.eid = e.eid{filter.Sql}
                    ORDER BY e.id, s.hash;
                    """;
                page = StatementRows.ReadAll(command, _names, connection);
                last = page.Count == 0 ? null : page[^1].EntityId;
            }

            foreach (var statement in page)
            {
                yield return statement;
            }

            if (last is null || page.Select(s => s.EntityId).Distinct(StringComparer.Ordinal).Count() < PageSize)
            {
                yield break;
            }

            after = last;
        }
    }

    /// <summary>Whole entities of one schema in row (insertion) order, optionally only some properties.</summary>
    public IEnumerable<Statement> ScanInStorageOrder(int schemaId, int[]? propertyIds)
    {
        var after = 0L;
        var properties = propertyIds is null ? string.Empty : " AND s.prop_id = ANY(@props)";
        while (true)
        {
            List<Statement> page;
            long upper;
            using (var connection = _data.OpenConnection())
            {
                using (var bound = new NpgsqlCommand(
                    $"SELECT max(eid) FROM (SELECT eid FROM {_t.Entities} WHERE eid > @after AND schema_id = @schema ORDER BY eid LIMIT {PageSize}) AS page;",
                    connection))
                {
                    bound.Parameters.AddWithValue("after", after);
                    bound.Parameters.AddWithValue("schema", schemaId);
                    if (bound.ExecuteScalar() is not long found)
                    {
                        yield break;
                    }

                    upper = found;
                }

                using var command = new NpgsqlCommand(
                    $"""
                    SELECT {StatementRows.Columns}
                    FROM {_t.Entities} AS e JOIN {_t.Statements} AS s ON s.eid = e.eid
                    WHERE e.eid > @after AND e.eid <= @upper AND e.schema_id = @schema{properties}
                    ORDER BY e.eid, s.hash;
                    """,
                    connection);
                command.Parameters.AddWithValue("after", after);
                command.Parameters.AddWithValue("upper", upper);
                command.Parameters.AddWithValue("schema", schemaId);
                if (propertyIds is not null)
                {
                    command.Parameters.Add(new NpgsqlParameter<int[]>("props", NpgsqlDbType.Array | NpgsqlDbType.Integer) { TypedValue = propertyIds });
                }

                page = StatementRows.ReadAll(command, _names, connection);
            }

            foreach (var statement in page)
            {
                yield return statement;
            }

            after = upper;
        }
    }

    /// <summary>Statements of the named entities (of one schema when given), in entity-id order.</summary>
    public IEnumerable<Statement> ForIds(IReadOnlyCollection<string> ids, int? schemaId, StatementFilter filter)
    {
        var sorted = ids.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        for (var start = 0; start < sorted.Length; start += IdChunk)
        {
            var chunk = sorted.AsSpan(start, Math.Min(IdChunk, sorted.Length - start)).ToArray();
            List<Statement> page;
            using (var connection = _data.OpenConnection())
            {
                using var command = new NpgsqlCommand { Connection = connection };
                command.Parameters.Add(new NpgsqlParameter<string[]>("ids", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = chunk });
                var schema = string.Empty;
                if (schemaId is { } id)
                {
                    schema = " AND e.schema_id = @schema";
                    command.Parameters.AddWithValue("schema", id);
                }

                filter.Bind(command);
                command.CommandText = $"""
                    SELECT {StatementRows.Columns}
                    FROM {_t.Entities} AS e JOIN {_t.Statements} AS s ON s.eid = e.eid
                    WHERE e.id = ANY(@ids){schema}{filter.Sql}
                    ORDER BY e.id, s.hash;
                    """;
                page = StatementRows.ReadAll(command, _names, connection);
            }

            foreach (var statement in page)
            {
                yield return statement;
            }
        }
    }

    /// <summary>Groups a statement stream ordered by entity into entities.</summary>
    public static IEnumerable<Entity> Group(IEnumerable<Statement> statements)
    {
        var current = new List<Statement>();
        foreach (var statement in statements)
        {
            if (current.Count > 0 && !string.Equals(current[0].EntityId, statement.EntityId, StringComparison.Ordinal))
            {
                yield return Entity.FromGroup(current.ToArray());
                current.Clear();
            }

            current.Add(statement);
        }

        if (current.Count > 0)
        {
            yield return Entity.FromGroup(current.ToArray());
        }
    }
}
