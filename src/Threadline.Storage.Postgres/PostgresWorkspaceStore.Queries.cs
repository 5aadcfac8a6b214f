namespace Threadline.Storage.Postgres;

/// <summary>Search, statistics, settings and ingest state.</summary>
public sealed partial class PostgresWorkspaceStore
{
    /// <inheritdoc />
    /// <remarks>Mapped to PostgreSQL full text (typed tsquery over this engine's own words, GIN index, ts_rank_cd): docs/search.md.</remarks>
    public IReadOnlyList<SearchHit> Search(string query, int limit = 20, int offset = 0)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        var parsed = SearchQuery.Parse(query, _fields);
        using var connection = Connect();
        var lookup = new SearchNames((kind, name) => NameId(kind, name), Model.Schemata.Keys);
        return PostgresSearch.Search(connection, _t, _names, lookup, parsed, limit, offset);
    }

    /// <inheritdoc />
    public IReadOnlyList<SearchHit> SearchBest(string query, int limit, string? schema = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parsed = SearchQuery.Parse(query, _fields);
        parsed = schema is null ? parsed : parsed.Within(schema);
        using var connection = Connect();
        var lookup = new SearchNames((kind, name) => NameId(kind, name), Model.Schemata.Keys);
        return PostgresSearch.Search(connection, _t, _names, lookup, parsed, limit, 0, shownCount: 0);
    }

    /// <inheritdoc />
    public IReadOnlyList<SearchHit> SearchWindow(string query, int limit, int shownFrom, int shownCount)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parsed = SearchQuery.Parse(query, _fields);
        using var connection = Connect();
        var lookup = new SearchNames((kind, name) => NameId(kind, name), Model.Schemata.Keys);
        return PostgresSearch.Search(connection, _t, _names, lookup, parsed, limit, 0, shownFrom, shownCount);
    }

    /// <inheritdoc />
    public WorkspaceStats Stats()
    {
        var statements = CountStatements();
        using var connection = Connect();
        var rows = new List<(int Schema, long Count)>();
        using (var command = Command(connection, $"SELECT schema_id, count(*) FROM {_t.Entities} GROUP BY schema_id;"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                rows.Add((reader.GetInt32(0), reader.GetInt64(1)));
            }
        }

        var bySchema = rows.Select(r => new KeyValuePair<string, long>(_names.Name(connection, r.Schema), r.Count));
        return new WorkspaceStats(Facets.Order(bySchema, FacetKind.Value, 0, int.MaxValue), statements);
    }

    /// <inheritdoc />
    public IReadOnlyList<KeyValuePair<string, long>> Facet(string schema, string property, FacetKind kind = FacetKind.Value, int limit = 100)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(property);
        if (limit <= 0 || NameId(NameKind.Schema, schema) is not { } schemaId)
        {
            return [];
        }

        var total = Scalar($"SELECT count(*) FROM {_t.Entities} WHERE schema_id = @s;", ("s", schemaId));
        if (total == 0)
        {
            return [];
        }

        if (NameId(NameKind.Property, property) is not { } propertyId)
        {
            return Facets.Order([], kind, total, limit);
        }

        // Months are keyed in SQL too, so a property with a value per day groups into few rows.
        var (key, where) = kind == FacetKind.Month
            ? ("substr(s.value, 1, 7)", " AND s.value ~ '^[0-9]{4}-[01][0-9]'")
            : ("s.value", string.Empty);
        var counts = new List<KeyValuePair<string, long>>();
        using var connection = Connect();
        using (var command = Command(connection, $"""
            SELECT {key} AS k, count(DISTINCT s.eid) FROM {_t.Statements} AS s JOIN {_t.Entities} AS e ON e.eid = s.eid
            WHERE s.prop_id = @p AND e.schema_id = @s{where} GROUP BY k;
            """))
        {
            command.Parameters.AddWithValue("p", propertyId);
            command.Parameters.AddWithValue("s", schemaId);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                counts.Add(new(reader.GetString(0), reader.GetInt64(1)));
            }
        }

        long with;
        using (var command = Command(connection, $"""
            SELECT count(DISTINCT s.eid) FROM {_t.Statements} AS s JOIN {_t.Entities} AS e ON e.eid = s.eid
            WHERE s.prop_id = @p AND e.schema_id = @s{where};
            """))
        {
            command.Parameters.AddWithValue("p", propertyId);
            command.Parameters.AddWithValue("s", schemaId);
            with = (long)command.ExecuteScalar()!;
        }

        return Facets.Order(counts, kind, total - with, limit);
    }

    /// <inheritdoc />
    public string? GetMeta(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        using var connection = Connect();
        using var command = Command(connection, $"SELECT value FROM {_t.Meta} WHERE key = @k;");
        command.Parameters.AddWithValue("k", key);
        return command.ExecuteScalar() as string;
    }

    /// <inheritdoc />
    public void SetMeta(string key, string value)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        EnsureWritable();
        using var connection = Connect();
        using var command = Command(connection, $"INSERT INTO {_t.Meta}(key, value) VALUES (@k, @v) ON CONFLICT (key) DO UPDATE SET value = excluded.value;");
        command.Parameters.AddWithValue("k", key);
        command.Parameters.AddWithValue("v", value);
        command.ExecuteNonQuery();
    }

    /// <inheritdoc />
    public IReadOnlyList<string> MetaKeys()
    {
        using var connection = Connect();
        using var command = Command(connection, $"SELECT key FROM {_t.Meta} ORDER BY key;");
        using var reader = command.ExecuteReader();
        var keys = new List<string>();
        while (reader.Read())
        {
            keys.Add(reader.GetString(0));
        }

        return keys;
    }

    /// <inheritdoc />
    public SourceState? GetSource(string sourceId)
    {
        ArgumentNullException.ThrowIfNull(sourceId);
        return ReadSources(" WHERE source_id = @id", sourceId).FirstOrDefault();
    }

    /// <inheritdoc />
    public IReadOnlyList<SourceState> Sources() => ReadSources(string.Empty, null);

    /// <inheritdoc />
    public void SetSource(SourceState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        SetSources([state]);
    }

    /// <inheritdoc />
    public void SetSources(IReadOnlyList<SourceState> states)
    {
        ArgumentNullException.ThrowIfNull(states);
        if (states.Count == 0)
        {
            return;
        }

        EnsureWritable();
        using var connection = Connect();
        using var transaction = connection.BeginTransaction();
        using var command = Command(connection, $"""
            INSERT INTO {_t.Sources}(source_id, path, content_hash, kind, completed, accepted, rejected)
            VALUES (@id, @path, @hash, @kind, @completed, @accepted, @rejected)
            ON CONFLICT (source_id) DO UPDATE SET path = excluded.path, content_hash = excluded.content_hash, kind = excluded.kind,
                completed = excluded.completed, accepted = excluded.accepted, rejected = excluded.rejected;
            """);
        command.Transaction = transaction;
        var id = command.Parameters.Add("id", NpgsqlTypes.NpgsqlDbType.Text);
        var path = command.Parameters.Add("path", NpgsqlTypes.NpgsqlDbType.Text);
        var hash = command.Parameters.Add("hash", NpgsqlTypes.NpgsqlDbType.Text);
        var kind = command.Parameters.Add("kind", NpgsqlTypes.NpgsqlDbType.Text);
        var completed = command.Parameters.Add("completed", NpgsqlTypes.NpgsqlDbType.Boolean);
        var accepted = command.Parameters.Add("accepted", NpgsqlTypes.NpgsqlDbType.Bigint);
        var rejected = command.Parameters.Add("rejected", NpgsqlTypes.NpgsqlDbType.Bigint);
        foreach (var state in states)
        {
            ArgumentNullException.ThrowIfNull(state);
            id.Value = state.SourceId;
            path.Value = state.Path;
            hash.Value = state.ContentHash;
            kind.Value = state.Kind;
            completed.Value = state.Completed;
            accepted.Value = state.Accepted;
            rejected.Value = state.Rejected;
            command.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    private List<SourceState> ReadSources(string where, string? id)
    {
        using var connection = Connect();
        using var command = Command(connection, $"SELECT source_id, path, content_hash, kind, completed, accepted, rejected FROM {_t.Sources}{where} ORDER BY source_id;");
        if (id is not null)
        {
            command.Parameters.AddWithValue("id", id);
        }

        using var reader = command.ExecuteReader();
        var sources = new List<SourceState>();
        while (reader.Read())
        {
            sources.Add(new SourceState(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetBoolean(4), reader.GetInt64(5), reader.GetInt64(6)));
        }

        return sources;
    }
}
