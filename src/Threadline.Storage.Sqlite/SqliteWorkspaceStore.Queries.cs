namespace Threadline.Storage.Sqlite;

/// <summary>Search, statistics, settings and ingest state.</summary>
public sealed partial class SqliteWorkspaceStore
{
    /// <inheritdoc />
    /// <remarks>Mapped to FTS5 (BM25) and SQL over the statements: docs/search.md.</remarks>
    public IReadOnlyList<SearchHit> Search(string query, int limit = 20, int offset = 0)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        var parsed = SearchQuery.Parse(query, _fields);
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return SqliteSearch.Search(_connection, _names, _searchNames, parsed, limit, offset);
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<SearchHit> SearchBest(string query, int limit, string? schema = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parsed = SearchQuery.Parse(query, _fields);
        parsed = schema is null ? parsed : parsed.Within(schema);
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return SqliteSearch.Search(_connection, _names, _searchNames, parsed, limit, 0, shownCount: 0);
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<SearchHit> SearchWindow(string query, int limit, int shownFrom, int shownCount)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parsed = SearchQuery.Parse(query, _fields);
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return SqliteSearch.Search(_connection, _names, _searchNames, parsed, limit, 0, shownFrom, shownCount);
        }
    }

    /// <inheritdoc />
    public WorkspaceStats Stats()
    {
        var statements = CountStatements();
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return WorkspaceStatistics.Compute(_connection, _names, statements);
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<KeyValuePair<string, long>> Facet(string schema, string property, FacetKind kind = FacetKind.Value, int limit = 100)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(property);
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (limit <= 0 || NameIdLocked(NameKind.Schema, schema) is not { } schemaId)
            {
                return [];
            }

            return WorkspaceStatistics.Facet(_connection, schemaId, NameIdLocked(NameKind.Property, property), kind, limit);
        }
    }

    /// <inheritdoc />
    public IReadOnlyDictionary<string, IReadOnlyList<KeyValuePair<string, long>>> FacetsOf(string schema, IReadOnlyCollection<string> entityIds, IReadOnlyList<FacetField> fields, int limit = 100)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(entityIds);
        ArgumentNullException.ThrowIfNull(fields);
        var tally = new FacetTally(fields);
        var ids = entityIds.Distinct(StringComparer.Ordinal).Take(Facets.MaxEntities).ToList();
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (ids.Count == 0 || fields.Count == 0 || NameIdLocked(NameKind.Schema, schema) is not { } schemaId)
            {
                return tally.Result(0, limit);
            }

            var properties = new Dictionary<long, string>();
            foreach (var field in fields)
            {
                if (NameIdLocked(NameKind.Property, field.Property) is { } id)
                {
                    properties[id] = field.Property;
                }
            }

            return WorkspaceStatistics.FacetsOf(_connection, schemaId, ids, properties, tally, limit);
        }
    }

    /// <inheritdoc />
    public string? GetMeta(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return WorkspaceSettings.GetMeta(_connection, key);
        }
    }

    /// <inheritdoc />
    public void SetMeta(string key, string value)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        EnsureWritable();
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            WorkspaceSettings.SetMeta(_connection, key, value);
        }
    }

    /// <inheritdoc />
    public SourceState? GetSource(string sourceId)
    {
        ArgumentNullException.ThrowIfNull(sourceId);
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return WorkspaceSettings.GetSource(_connection, sourceId);
        }
    }

    /// <inheritdoc />
    public void SetSource(SourceState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        EnsureWritable();
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            WorkspaceSettings.SetSource(_connection, state);
        }
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
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            WorkspaceSettings.SetSources(_connection, states);
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<string> MetaKeys()
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return WorkspaceSettings.MetaKeys(_connection);
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<SourceState> Sources()
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return WorkspaceSettings.Sources(_connection);
        }
    }
}
