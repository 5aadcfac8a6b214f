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
public sealed partial class SqliteWorkspaceStore : IWorkspaceStore
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

    /// <summary>The schema version the file was at when this store opened it (0 when it was created).</summary>
    public int MigratedFrom { get; private init; }

    /// <summary>Creates the workspace file when missing and applies pending migrations (what every read-write open does).</summary>
    /// <exception cref="WorkspaceException">Not a workspace, written by a newer Threadline, or not writable.</exception>
    public static WorkspaceMigration Migrate(string path)
    {
        using var store = Open(path);
        return new WorkspaceMigration(path, store.MigratedFrom, store.SchemaVersion);
    }

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
            throw new WorkspaceException($"no workspace at '{path}'") { Kind = WorkspaceErrorKind.NotFound };
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
            throw new WorkspaceException($"workspace '{Path}' is open read-only: nothing can be written to it") { Kind = WorkspaceErrorKind.ReadOnly };
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
            var version = Migrator.Apply(connection, migrations, path, out var from);
            return new SqliteWorkspaceStore(connections, connection, model ?? SchemaModel.Default, version) { MigratedFrom = from };
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is 26 /* SQLITE_NOTADB */ or 11 /* SQLITE_CORRUPT */)
        {
            connection?.Dispose();
            throw new WorkspaceException($"'{path}' is not a Threadline workspace ({ex.Message.TrimEnd('.')})", ex);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == 8 /* SQLITE_READONLY */)
        {
            connection?.Dispose();
            throw new WorkspaceException($"workspace '{path}' is read-only: this needs to write to it", ex) { Kind = WorkspaceErrorKind.ReadOnly };
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == 14 /* SQLITE_CANTOPEN */)
        {
            connection?.Dispose();
            throw new WorkspaceException($"cannot open workspace '{path}': the file or its folder cannot be opened or written (permissions, or a read-only folder)", ex) { Kind = WorkspaceErrorKind.CannotOpen };
        }
        catch
        {
            connection?.Dispose();
            throw;
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
            return _names.TryFind(_connection, kind, name, out id);
        }
    }
}
