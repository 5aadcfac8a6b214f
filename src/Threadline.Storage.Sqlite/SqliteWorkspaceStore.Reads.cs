using Microsoft.Data.Sqlite;
using Threadline.Core.Statements;

namespace Threadline.Storage.Sqlite;

/// <summary>Reads of statements and entities: streams on connections of their own, point reads and counts under the lock.</summary>
public sealed partial class SqliteWorkspaceStore
{
    /// <inheritdoc />
    public IEnumerable<Statement> ReadStatements(StatementQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        ObjectDisposedException.ThrowIf(_disposed, this);
        long? schemaId = null;
        if (query.Schema is not null)
        {
            if (!TryName(NameKind.Schema, query.Schema, out var id))
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

        List<long>? props = null;
        if (query.Properties is not null)
        {
            props = [];
            foreach (var name in query.Properties.Distinct(StringComparer.Ordinal))
            {
                if (TryName(NameKind.Property, name, out var id))
                {
                    props.Add(id);
                }
            }

            if (props.Count == 0)
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

        return ids is null
            ? StatementStream.Scan(_connections, _names, schemaId, filter)
            : StatementStream.ForIds(_connections, _names, ids, schemaId, filter);
    }

    /// <inheritdoc />
    public IEnumerable<Entity> Entities(string? schema = null)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        long? schemaId = null;
        if (schema is not null)
        {
            if (!TryName(NameKind.Schema, schema, out var id))
            {
                return [];
            }

            schemaId = id;
        }

        return StatementStream.Group(StatementStream.Scan(_connections, _names, schemaId, StatementFilter.None));
    }

    /// <inheritdoc />
    public IEnumerable<Entity> EntitiesInStorageOrder(string schema, IReadOnlyCollection<string>? properties = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!TryName(NameKind.Schema, schema, out var schemaId))
        {
            return [];
        }

        List<long>? propertyIds = null;
        if (properties is not null)
        {
            propertyIds = [];
            foreach (var property in properties)
            {
                if (TryName(NameKind.Property, property, out var id))
                {
                    propertyIds.Add(id);
                }
            }

            if (propertyIds.Count == 0)
            {
                return [];
            }
        }

        return StatementStream.Group(StatementStream.ScanInStorageOrder(_connections, _names, schemaId, propertyIds));
    }

    /// <inheritdoc />
    public IEnumerable<EntityValues> ValuesInStorageOrder(string schema, ValueColumns properties)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(properties);
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!TryName(NameKind.Schema, schema, out var schemaId))
        {
            return [];
        }

        var ids = new List<(long, int)>();
        for (var i = 0; i < properties.Count; i++)
        {
            if (TryName(NameKind.Property, properties.Names[i], out var id))
            {
                ids.Add((id, i));
            }
        }

        return ids.Count == 0 ? [] : ValueStream.Read(_connections, schemaId, properties, ids);
    }

    /// <inheritdoc />
    public Entity? GetEntity(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _getEntity.Parameters[0].Value = id;
            var statements = new List<Statement>();
            var lookup = new NameLookup(_names, _connection);
            using (var reader = _getEntity.ExecuteReader())
            {
                while (reader.Read())
                {
                    statements.Add(StatementRows.Read(reader, lookup));
                }
            }

            return statements.Count == 0 ? null : Entity.FromGroup(statements);
        }
    }

    /// <inheritdoc />
    public long CountEntities(string? schema = null)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (schema is null)
            {
                return Connections.Scalar(_connection, "SELECT count(*) FROM entities;");
            }

            if (!_names.TryGetId(NameKind.Schema, schema, out var id))
            {
                return 0;
            }

            using var command = _connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM entities WHERE schema_id = $s;";
            command.Parameters.AddWithValue("$s", id);
            return (long)command.ExecuteScalar()!;
        }
    }

    /// <inheritdoc />
    public long CountStatements()
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return Connections.Scalar(_connection, "SELECT value FROM counters WHERE name = 'statements';");
        }
    }

    /// <inheritdoc />
    public long LastSequence()
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return Connections.Scalar(_connection, "SELECT value FROM counters WHERE name = 'sequence';");
        }
    }

    /// <inheritdoc />
    /// <remarks>
    /// In order of their latest change, each id once, up to the sequence at the start of the
    /// enumeration (so a job that writes to the entities it reads still ends). Deletions are not changes.
    /// </remarks>
    public IEnumerable<string> EntitiesChangedSince(string schema, long afterSequence)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ObjectDisposedException.ThrowIf(_disposed, this);
        return TryName(NameKind.Schema, schema, out var schemaId)
            ? ChangeScan.Ids(_connections, schemaId, afterSequence, LastSequence())
            : [];
    }

    private bool TryFilter(string? name, NameKind kind, out long? id)
    {
        id = null;
        if (name is null)
        {
            return true;
        }

        if (!TryName(kind, name, out var found))
        {
            return false;
        }

        id = found;
        return true;
    }
}
