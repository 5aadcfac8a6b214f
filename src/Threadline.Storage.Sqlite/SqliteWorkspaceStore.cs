using Microsoft.Data.Sqlite;
using Threadline.Core.Model;
using Threadline.Core.Statements;

namespace Threadline.Storage.Sqlite;

/// <summary>
/// The embedded workspace: one SQLite file (WAL, synchronous=NORMAL) holding statements, the
/// entities they describe, an FTS5 index over full-text values, workspace settings and ingest
/// state. Layout and reasons: docs/adr/0001-storage.md.
/// </summary>
/// <remarks>
/// Thread-safe. Writes and point reads share one connection under a lock; each streaming read
/// (<see cref="Entities"/>, <see cref="ReadStatements"/>, <see cref="EntitiesChangedSince"/>) opens a
/// connection of its own and reads in short pages, so a job may write while it enumerates.
/// Seen times come back in UTC.
/// </remarks>
public sealed class SqliteWorkspaceStore : IWorkspaceStore
{
    private readonly Lock _gate = new();
    private readonly Connections _connections;
    private readonly SqliteConnection _connection;
    private readonly NameTable _names = new();
    private readonly StatementWriter _writer;
    private readonly SqliteCommand _getEntity;
    private readonly SearchFields _fields;
    private readonly SearchNames _searchNames;
    private bool _disposed;

    private SqliteWorkspaceStore(Connections connections, SqliteConnection connection, SchemaModel model, int schemaVersion)
    {
        _connections = connections;
        _connection = connection;
        SchemaVersion = schemaVersion;
        Model = model;
        _names.Load(connection);
        _writer = new StatementWriter(connection, _names, model);
        _getEntity = connection.CreateCommand();
        _getEntity.CommandText = $"SELECT {StatementRows.Columns} FROM entities AS e JOIN statements AS s INDEXED BY statements_by_entity ON s.eid = e.eid WHERE e.id = $id ORDER BY s.hash;";
        _getEntity.Parameters.Add("$id", SqliteType.Text);
        _fields = SearchFields.For(model);
        _searchNames = new SearchNames(NameIdLocked, model.Schemata.Keys);
    }

    /// <inheritdoc />
    public int SchemaVersion { get; }

    /// <summary>The schema model statements are validated against.</summary>
    public SchemaModel Model { get; }

    /// <summary>Full path of the workspace file.</summary>
    public string Path => _connections.FullPath;

    /// <inheritdoc />
    public bool IsReadOnly => _connections.Access != WorkspaceAccess.ReadWrite;

    /// <summary>
    /// Opens an existing workspace for reading only: nothing is written on open or after (no migration,
    /// no optimisation on close), and every write fails with a <see cref="WorkspaceException"/>. Works on
    /// a file the user may only read, and on a read-only folder or medium.
    /// </summary>
    /// <exception cref="WorkspaceException">No workspace there, not a workspace, or one that needs an upgrade.</exception>
    public static SqliteWorkspaceStore OpenReadOnly(string path, SchemaModel? model = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var fullPath = System.IO.Path.GetFullPath(path);
        Connections.CheckHeader(fullPath, path);
        if (!File.Exists(fullPath))
        {
            throw new WorkspaceException($"no workspace at '{path}'");
        }

        try
        {
            return OpenReadOnly(fullPath, path, model, WorkspaceAccess.ReadOnly);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is 14 /* SQLITE_CANTOPEN */ or 8 /* SQLITE_READONLY */)
        {
            // A WAL workspace needs its shared-memory file; where even that cannot be made (a read-only
            // folder or medium), nothing can be writing it either, so read it as immutable.
            return OpenReadOnly(fullPath, path, model, WorkspaceAccess.Immutable);
        }
    }

    private static SqliteWorkspaceStore OpenReadOnly(string fullPath, string shownPath, SchemaModel? model, WorkspaceAccess access)
    {
        var connections = new Connections(fullPath, access);
        SqliteConnection? connection = null;
        try
        {
            connection = connections.OpenWriter();
            var version = Migrator.CheckReadable(connection, Migrations.All, shownPath);
            return new SqliteWorkspaceStore(connections, connection, model ?? SchemaModel.Default, version);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is 26 /* SQLITE_NOTADB */ or 11 /* SQLITE_CORRUPT */)
        {
            connection?.Dispose();
            throw new WorkspaceException($"'{shownPath}' is not a Threadline workspace ({ex.Message.TrimEnd('.')})", ex);
        }
        catch
        {
            connection?.Dispose();
            throw;
        }
    }

    private void EnsureWritable()
    {
        if (IsReadOnly)
        {
            throw new WorkspaceException($"workspace '{Path}' is open read-only: nothing can be written to it");
        }
    }

    /// <summary>
    /// Opens the workspace at <paramref name="path"/>, creating the file and its folder when missing
    /// and applying any pending migrations.
    /// </summary>
    /// <param name="path">The workspace file (conventionally <c>threadline.db</c>).</param>
    /// <param name="model">Schema model to validate statements against; the embedded default when null.</param>
    /// <exception cref="WorkspaceException">The file is not a Threadline workspace, or a newer Threadline wrote it.</exception>
    public static SqliteWorkspaceStore Open(string path, SchemaModel? model = null) => Open(path, model, Migrations.All);

    internal static SqliteWorkspaceStore Open(string path, SchemaModel? model, IReadOnlyList<Migration> migrations)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var fullPath = System.IO.Path.GetFullPath(path);
        Connections.CheckHeader(fullPath, path);
        var directory = System.IO.Path.GetDirectoryName(fullPath);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var connections = new Connections(fullPath);
        SqliteConnection? connection = null;
        try
        {
            connection = connections.OpenWriter();
            var version = Migrator.Apply(connection, migrations, path);
            return new SqliteWorkspaceStore(connections, connection, model ?? SchemaModel.Default, version);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is 26 /* SQLITE_NOTADB */ or 11 /* SQLITE_CORRUPT */)
        {
            connection?.Dispose();
            throw new WorkspaceException($"'{path}' is not a Threadline workspace ({ex.Message.TrimEnd('.')})", ex);
        }
        catch
        {
            connection?.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">A statement names an unknown schema or property, or lacks a required field.</exception>
    /// <exception cref="InvalidOperationException">An entity would get two unrelated schemata; nothing was written.</exception>
    public WriteSummary Write(IReadOnlyCollection<Statement> statements)
    {
        EnsureWritable();
        return Locked(() => _writer.Write(statements));
    }

    /// <inheritdoc />
    public PreparedStatements Prepare(IReadOnlyCollection<Statement> statements)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return _writer.Prepare(statements);
    }

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">An entity would get two unrelated schemata; nothing was written.</exception>
    public WriteSummary WritePrepared(IReadOnlyList<PreparedStatements> batches)
    {
        EnsureWritable();
        return Locked(() => _writer.WritePrepared(batches));
    }

    /// <summary>One write under the store's lock, then the log kept bounded.</summary>
    private WriteSummary Locked(Func<WriteSummary> write)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var summary = write();
            BoundWal();
            return summary;
        }
    }

    /// <summary>
    /// Keeps the write-ahead log bounded. The automatic checkpoint copies pages back but can start the
    /// log over only when no reader still uses it. This store's streams hand out a page only after its
    /// read has ended, so that normally happens; a long read in another process (an export running next
    /// to an extraction) can still hold the log, which then grows without end (3 GB for 300,000 ads
    /// when extraction's own reader held it) and slows every read and checkpoint. Past
    /// <see cref="WalRestartBytes"/> the writer waits (busy timeout) for such readers and restarts the log.
    /// </summary>
    private void BoundWal()
    {
        var wal = new FileInfo(_connections.FullPath + "-wal");
        if (!wal.Exists || wal.Length < _walRestartAt)
        {
            return;
        }

        // A reader that holds on (another process) makes the checkpoint give up after the busy timeout;
        // then try again only when the log has grown by as much once more.
        var busy = Connections.Scalar(_connection, "PRAGMA wal_checkpoint(TRUNCATE);") != 0;
        _walRestartAt = busy ? wal.Length + WalRestartBytes : WalRestartBytes;
    }

    private long _walRestartAt = WalRestartBytes;

    /// <summary>Log size past which a write restarts the log (see <see cref="BoundWal"/>).</summary>
    private const long WalRestartBytes = 256L << 20;

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

        var filter = new StatementFilter(prop, producer, source);
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
    /// <remarks>Entities, sites and countries by count (descending, then name); months (<c>YYYY-MM</c>) in order. Ads lacking a property count under <c>(unknown)</c>, listed last.</remarks>
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

    /// <inheritdoc />
    public long DeleteByProducer(string producer, string? schema = null)
    {
        ArgumentNullException.ThrowIfNull(producer);
        EnsureWritable();
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return StatementDeleter.Delete(_connection, _names, producer, schema);
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

    /// <summary>Closes the workspace (checkpointing the WAL into the file).</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _writer.Dispose();
            _getEntity.Dispose();
            try
            {
                if (!IsReadOnly)
                {
                    Connections.Execute(_connection, "PRAGMA optimize;");
                }
            }
            catch (SqliteException)
            {
                // Optimising is a courtesy; closing must not fail on it.
            }

            _connection.Dispose();
        }
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

    /// <summary>A name's id for a caller holding the lock, reloading once in case another process added it; null when never stored.</summary>
    private long? NameIdLocked(NameKind kind, string name)
    {
        if (!_names.TryGetId(kind, name, out var id))
        {
            _names.Load(_connection);
            if (!_names.TryGetId(kind, name, out id))
            {
                return null;
            }
        }

        return id;
    }

    /// <summary>Looks a name up, reloading once in case another process added it.</summary>
    private bool TryName(NameKind kind, string name, out long id)
    {
        if (_names.TryGetId(kind, name, out id))
        {
            return true;
        }

        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _names.Load(_connection);
        }

        return _names.TryGetId(kind, name, out id);
    }
}
