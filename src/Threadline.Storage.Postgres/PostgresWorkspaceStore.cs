using Npgsql;
using Threadline.Core.Model;

namespace Threadline.Storage.Postgres;

/// <summary>
/// A workspace on a PostgreSQL server: its own schema in a database (docs/adr/0005-postgres-layout.md), shared by any
/// number of analysts' processes at once. Writes are row-level (no table locks): concurrent batches of the same
/// entities queue on those entities' rows and converge; each batch is one transaction; readers see whole batches.
/// </summary>
/// <remarks>
/// Thread-safe without a lock of its own: every call takes a pooled connection, so calls from several threads run at
/// once on the server. Streams read a page at a time on a connection of their own, so a job may write while it reads.
/// Seen times are stored as UTC ticks (as SQLite does) and come back in UTC.
/// </remarks>
public sealed partial class PostgresWorkspaceStore : IWorkspaceStore
{
    private readonly NpgsqlDataSource _data;
    private readonly Tables _t;
    private readonly NameTable _names;
    private readonly StatementWriter _writer;
    private readonly SearchFields _fields;
    private bool _disposed;

    private PostgresWorkspaceStore(NpgsqlDataSource data, PostgresLocation location, SchemaModel model, int version, bool readOnly)
    {
        _data = data;
        Location = location;
        Model = model;
        SchemaVersion = version;
        IsReadOnly = readOnly;
        _t = new Tables(location.Workspace);
        _names = new NameTable(_t);
        _writer = new StatementWriter(data, _t, _names, model);
        _fields = SearchFields.For(model);
    }

    /// <inheritdoc />
    public int SchemaVersion { get; }

    /// <summary>The schema model statements are validated against.</summary>
    public SchemaModel Model { get; }

    /// <summary>Where the workspace is.</summary>
    public PostgresLocation Location { get; }

    /// <inheritdoc />
    public bool IsReadOnly { get; }

    /// <summary>The latest schema version this engine knows.</summary>
    public static int LatestVersion => PgMigrations.Latest;

    /// <summary>Creates the workspace's schema when missing and applies any pending migrations (<c>threadline migrate</c>).</summary>
    /// <exception cref="WorkspaceException">The server cannot be reached or refuses, the schema is not a workspace, or a newer Threadline wrote it.</exception>
    public static WorkspaceMigration Migrate(PostgresLocation location)
    {
        ArgumentNullException.ThrowIfNull(location);
        try
        {
            using var data = NpgsqlDataSource.Create(location.ConnectionString(readOnly: false));
            using var connection = data.OpenConnection();
            return PgMigrator.Apply(connection, new Tables(location.Workspace), location.Shown, PgMigrations.All);
        }
        catch (Exception ex) when (PostgresErrors.IsDatabaseError(ex))
        {
            throw PostgresErrors.Translate(ex, location);
        }
    }

    /// <summary>Opens a workspace for reading and writing; it must exist at the latest schema version (see <see cref="Migrate"/>).</summary>
    /// <exception cref="WorkspaceException">Not reachable, refused, missing, not a workspace, or at another schema version.</exception>
    public static PostgresWorkspaceStore Open(PostgresLocation location, SchemaModel? model = null) => Open(location, model, readOnly: false);

    /// <summary>
    /// Opens an existing workspace for reading only: every transaction is read-only on the server
    /// (<c>default_transaction_read_only</c>), and every write fails with a <see cref="WorkspaceException"/> before it starts.
    /// </summary>
    public static PostgresWorkspaceStore OpenReadOnly(PostgresLocation location, SchemaModel? model = null) => Open(location, model, readOnly: true);

    private static PostgresWorkspaceStore Open(PostgresLocation location, SchemaModel? model, bool readOnly)
    {
        ArgumentNullException.ThrowIfNull(location);
        var data = NpgsqlDataSource.Create(location.ConnectionString(readOnly));
        try
        {
            int version;
            using (var connection = data.OpenConnection())
            {
                version = PgMigrator.Check(connection, new Tables(location.Workspace), location.Shown, PgMigrations.Latest);
            }

            var store = new PostgresWorkspaceStore(data, location, model ?? SchemaModel.Default, version, readOnly);
            using (var connection = data.OpenConnection())
            {
                store._names.Load(connection);
            }

            return store;
        }
        catch (Exception ex) when (PostgresErrors.IsDatabaseError(ex) || ex is WorkspaceException)
        {
            data.Dispose();
            throw PostgresErrors.Translate(ex, location);
        }
    }

    /// <summary>Closes the store's pooled connections (the workspace stays on the server).</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _data.Dispose();
    }

    private NpgsqlConnection Connect()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return _data.OpenConnection();
    }

    private void EnsureWritable()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (IsReadOnly)
        {
            throw new WorkspaceException($"workspace '{Location.Shown}' is open read-only: nothing can be written to it") { Kind = WorkspaceErrorKind.ReadOnly };
        }
    }

    private int? NameId(NameKind kind, string name) => _names.Find(_data, kind, name);

    private NpgsqlCommand Command(NpgsqlConnection connection, string sql) => new(sql, connection);

    private long Scalar(string sql, params (string Name, object Value)[] parameters)
    {
        using var connection = Connect();
        using var command = Command(connection, sql);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
