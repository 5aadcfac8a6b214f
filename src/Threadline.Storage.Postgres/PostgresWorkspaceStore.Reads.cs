using Threadline.Core.Statements;

namespace Threadline.Storage.Postgres;

/// <summary>Reads of statements and entities, counts and the change sequence.</summary>
public sealed partial class PostgresWorkspaceStore
{
    private StatementStream Stream => new(_data, _t, _names);

    /// <inheritdoc />
    public IEnumerable<Statement> ReadStatements(StatementQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        ObjectDisposedException.ThrowIf(_disposed, this);
        int? schemaId = null;
        if (query.Schema is not null)
        {
            if (NameId(NameKind.Schema, query.Schema) is not { } id)
            {
                return [];
            }

            schemaId = id;
        }

        if (!TryFilter(query.Property, NameKind.Property, out var prop)
            || !TryFilter(query.Producer, NameKind.Producer, out var producer)
            || !TryFilter(query.Source, NameKind.Source, out var source))
        {
            return [];
        }

        int[]? props = null;
        if (query.Properties is not null)
        {
            props = query.Properties.Distinct(StringComparer.Ordinal).Select(p => NameId(NameKind.Property, p)).OfType<int>().ToArray();
            if (props.Length == 0)
            {
                return [];
            }
        }

        var filter = new StatementFilter(prop, producer, source, props);
        IReadOnlyCollection<string>? ids = query.EntityIds;
        if (query.EntityId is not null)
        {
            ids = ids is null || ids.Contains(query.EntityId, StringComparer.Ordinal) ? [query.EntityId] : [];
        }

        return ids is null ? Stream.Scan(schemaId, filter) : Stream.ForIds(ids, schemaId, filter);
    }

    /// <inheritdoc />
    public IEnumerable<Entity> Entities(string? schema = null)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        int? schemaId = null;
        if (schema is not null)
        {
            if (NameId(NameKind.Schema, schema) is not { } id)
            {
                return [];
            }

            schemaId = id;
        }

        return StatementStream.Group(Stream.Scan(schemaId, StatementFilter.None));
    }

    /// <inheritdoc />
    /// <remarks>Entity rows in the order they were inserted (their row number), a page at a time.</remarks>
    public IEnumerable<Entity> EntitiesInStorageOrder(string schema, IReadOnlyCollection<string>? properties = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (NameId(NameKind.Schema, schema) is not { } schemaId)
        {
            return [];
        }

        int[]? propertyIds = null;
        if (properties is not null)
        {
            propertyIds = properties.Select(p => NameId(NameKind.Property, p)).OfType<int>().ToArray();
            if (propertyIds.Length == 0)
            {
                return [];
            }
        }

        return StatementStream.Group(Stream.ScanInStorageOrder(schemaId, propertyIds));
    }

    /// <inheritdoc />
    public Entity? GetEntity(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        using var connection = Connect();
        using var command = Command(connection, $"SELECT {StatementRows.Columns} FROM {_t.Entities} AS e JOIN {_t.Statements} AS s ON s.eid = e.eid WHERE e.id = @id ORDER BY s.hash;");
        command.Parameters.AddWithValue("id", id);
        var statements = StatementRows.ReadAll(command, _names, connection);
        return statements.Count == 0 ? null : Entity.FromGroup(statements);
    }

    /// <inheritdoc />
    public long CountEntities(string? schema = null)
    {
        if (schema is null)
        {
            return Scalar($"SELECT count(*) FROM {_t.Entities};");
        }

        return NameId(NameKind.Schema, schema) is { } id ? Scalar($"SELECT count(*) FROM {_t.Entities} WHERE schema_id = @s;", ("s", id)) : 0;
    }

    /// <inheritdoc />
    public long CountStatements() => Scalar($"SELECT value FROM {_t.Counters} WHERE name = 'statements';");

    /// <inheritdoc />
    /// <remarks>The committed value: sequence numbers are handed out in commit order, so every change up to it is visible.</remarks>
    public long LastSequence() => Scalar($"SELECT value FROM {_t.Counters} WHERE name = 'sequence';");

    /// <inheritdoc />
    /// <remarks>In order of their latest change, each id once, up to the sequence at the start (so a job writing to what it reads ends). Deletions are not changes.</remarks>
    public IEnumerable<string> EntitiesChangedSince(string schema, long afterSequence)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ObjectDisposedException.ThrowIf(_disposed, this);
        return NameId(NameKind.Schema, schema) is { } schemaId ? ChangedSince(schemaId, afterSequence, LastSequence()) : [];
    }

    private IEnumerable<string> ChangedSince(int schemaId, long after, long upTo)
    {
        const int Page = 1000;
        while (true)
        {
            var ids = new List<string>();
            using (var connection = Connect())
            {
                using var command = Command(connection, $"""
                    SELECT e.id, c.seq FROM {_t.Changes} AS c JOIN {_t.Entities} AS e ON e.eid = c.eid
                    WHERE c.schema_id = @s AND c.seq > @after AND c.seq <= @upto ORDER BY c.seq LIMIT {Page};
                    """);
                command.Parameters.AddWithValue("s", schemaId);
                command.Parameters.AddWithValue("after", after);
                command.Parameters.AddWithValue("upto", upTo);
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    ids.Add(reader.GetString(0));
                    after = reader.GetInt64(1);
                }
            }

            foreach (var id in ids)
            {
                yield return id;
            }

            if (ids.Count < Page)
            {
                yield break;
            }
        }
    }

    private bool TryFilter(string? name, NameKind kind, out int? id)
    {
        id = null;
        if (name is null)
        {
            return true;
        }

        if (NameId(kind, name) is not { } found)
        {
            return false;
        }

        id = found;
        return true;
    }
}
