using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Threadline.Core.Statements;

namespace Threadline.Storage.Sqlite;

/// <summary>
/// Streams statements in entity-id order on a connection of its own, a page of entities per short
/// read, so memory stays flat and no read transaction is held open across the whole workspace
/// (which would stop WAL checkpoints while a long job writes).
/// </summary>
internal static class StatementStream
{
    /// <summary>Entities per read; small enough that a page is never a burden, large enough to amortise the query.</summary>
    public const int PageSize = 512;

    /// <summary>Ids asked for per query when a caller names entities.</summary>
    public const int IdChunk = 256;

    /// <summary>All statements of entities (of one schema when given), in pages by entity id.</summary>
    public static IEnumerable<Statement> Scan(Connections connections, NameTable names, long? schemaId, StatementFilter filter)
    {
        using var connection = connections.OpenReader();
        var lookup = new NameLookup(names, connection);
        string? after = null;
        while (true)
        {
            using var command = connection.CreateCommand();
            var where = new StringBuilder("WHERE 1 = 1");
            if (after is not null)
            {
                where.Append(" AND e.id > $after");
                command.Parameters.AddWithValue("$after", after);
            }

            if (schemaId is { } schema)
            {
                where.Append(" AND e.schema_id = $schema");
                command.Parameters.AddWithValue("$schema", schema);
            }

            filter.Bind(command);
            command.CommandText = Query(where.ToString(), filter);
            var entities = 0;
            string? last = null;
            var more = false;
            var page = new List<Statement>();
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    var id = reader.GetString(0);
                    if (!string.Equals(id, last, StringComparison.Ordinal))
                    {
                        if (entities == PageSize)
                        {
                            more = true;
                            break;
                        }

                        entities++;
                        last = id;
                    }

                    page.Add(StatementRows.Read(reader, lookup, last!));
                }
            }

            // Handed out after the read ends (see ScanInStorageOrder).
            foreach (var statement in page)
            {
                yield return statement;
            }

            if (!more)
            {
                yield break;
            }

            after = last;
        }
    }

    /// <summary>
    /// All statements of the entities of one schema in the order the workspace stored the entities
    /// (entity row order), in pages. Reading in this order is faster, and a job that writes back to the
    /// entities it reads then touches the statement indexes in order instead of all over them.
    /// </summary>
    public static IEnumerable<Statement> ScanInStorageOrder(Connections connections, NameTable names, long schemaId, IReadOnlyList<long>? propertyIds = null)
    {
        var properties = propertyIds is null
            ? string.Empty
            : " AND s.prop_id IN (" + string.Join(", ", propertyIds.Select(p => p.ToString(CultureInfo.InvariantCulture))) + ")";
        using var connection = connections.OpenReader();
        var lookup = new NameLookup(names, connection);
        var after = 0L;
        while (true)
        {
            // NOT INDEXED: walk the entity rows by rowid; an index on the schema would need a sort per page.
            using var bound = connection.CreateCommand();
            bound.CommandText = $"SELECT max(eid) FROM (SELECT eid FROM entities NOT INDEXED WHERE eid > $after AND schema_id = $schema ORDER BY eid LIMIT {PageSize});";
            bound.Parameters.AddWithValue("$after", after);
            bound.Parameters.AddWithValue("$schema", schemaId);
            if (bound.ExecuteScalar() is not long upper)
            {
                yield break;
            }

            using var command = connection.CreateCommand();
            command.CommandText =
                $"SELECT {StatementRows.Columns}, e.eid FROM entities AS e NOT INDEXED CROSS JOIN statements AS s INDEXED BY statements_by_entity ON s.eid = e.eid WHERE e.eid > $after AND e.eid <= $upper AND e.schema_id = $schema{properties} ORDER BY e.eid, s.hash;";
            command.Parameters.AddWithValue("$after", after);
            command.Parameters.AddWithValue("$upper", upper);
            command.Parameters.AddWithValue("$schema", schemaId);
            // The page is read whole before it is handed out: a consumer that blocks (a full queue) must not
            // hold the read transaction open, or the writer's log could never start over.
            var page = new List<Statement>();
            using (var reader = command.ExecuteReader())
            {
                // The entity's id is read once per entity (its row number tells when the entity changes).
                var eid = -1L;
                var id = string.Empty;
                while (reader.Read())
                {
                    if (reader.GetInt64(StatementRows.ColumnCount) is var rowEid && rowEid != eid)
                    {
                        eid = rowEid;
                        id = reader.GetString(0);
                    }

                    page.Add(StatementRows.Read(reader, lookup, id));
                }
            }

            foreach (var statement in page)
            {
                yield return statement;
            }

            after = upper;
        }
    }

    /// <summary>Statements of the named entities (of one schema when given), in entity-id order.</summary>
    public static IEnumerable<Statement> ForIds(Connections connections, NameTable names, IReadOnlyCollection<string> ids, long? schemaId, StatementFilter filter)
    {
        var sorted = ids.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        if (sorted.Length == 0)
        {
            yield break;
        }

        using var connection = connections.OpenReader();
        var lookup = new NameLookup(names, connection);
        for (var start = 0; start < sorted.Length; start += IdChunk)
        {
            using var command = connection.CreateCommand();
            var chunk = sorted.AsSpan(start, Math.Min(IdChunk, sorted.Length - start));
            var where = new StringBuilder("WHERE e.id IN (");
            for (var i = 0; i < chunk.Length; i++)
            {
                var name = "$i" + i.ToString(CultureInfo.InvariantCulture);
                where.Append(i == 0 ? name : ", " + name);
                command.Parameters.AddWithValue(name, chunk[i]);
            }

            where.Append(')');
            if (schemaId is { } schema)
            {
                where.Append(" AND e.schema_id = $schema");
                command.Parameters.AddWithValue("$schema", schema);
            }

            filter.Bind(command);
            command.CommandText = Query(where.ToString(), filter);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                yield return StatementRows.Read(reader, lookup);
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

    // CROSS JOIN keeps entities as the outer loop and INDEXED BY keeps statements in (eid, hash)
    // order, so the ORDER BY needs no sort, whatever filters apply.
    private static string Query(string where, StatementFilter filter) =>
        $"SELECT {StatementRows.Columns} FROM entities AS e CROSS JOIN statements AS s INDEXED BY statements_by_entity ON s.eid = e.eid {where}{filter.Sql} ORDER BY e.id, s.hash;";
}
