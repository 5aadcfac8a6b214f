using System.Text.RegularExpressions;
using Threadline.Cases.Store;
using Threadline.Core.Model;
using Threadline.Security;
using Threadline.Storage.Postgres;
using Threadline.Storage.Postgres.Cases;
using Threadline.Storage.Postgres.Security;
using Threadline.Storage.Sqlite;
using Threadline.Storage.Sqlite.Cases;
using Threadline.Storage.Sqlite.Security;

namespace Threadline.Storage.Engines;

/// <summary>
/// Opens a workspace by where it is, choosing the engine: a file path (or <c>file://</c> URI) is an embedded SQLite
/// workspace; a <c>postgres://user@host:port/db</c> URI or an Npgsql connection string (<c>Host=…;Database=…</c>) is
/// a PostgreSQL one (<c>?workspace=NAME</c>, or <c>Workspace=NAME</c>, picks one of several in a database). Callers
/// (the CLI, the web app) hold an <see cref="IWorkspaceStore"/> and never name an engine. It lives apart from the
/// engines so that neither engine knows the other.
/// </summary>
public static partial class WorkspaceStores
{
    /// <summary>
    /// Opens a workspace for reading and writing. A file workspace is created when missing and its schema brought up to
    /// date; a server workspace must exist at the current schema version (<see cref="Migrate"/>): on a shared server an
    /// upgrade is a deliberate act.
    /// </summary>
    /// <param name="workspace">A file path, a <c>file://</c> URI, a <c>postgres://</c> URI or an Npgsql connection string.</param>
    /// <param name="model">Schema model statements are checked against; the embedded default when null.</param>
    /// <exception cref="WorkspaceException">Not a workspace, out of reach, refused, at another version, or not a location at all.</exception>
    public static IWorkspaceStore Open(string workspace, SchemaModel? model = null) =>
        IsServer(workspace)
            ? PostgresWorkspaceStore.Open(PostgresLocation.Parse(workspace), model)
            : SqliteWorkspaceStore.Open(FilePath(workspace), model);

    /// <summary>Opens an existing workspace for reading only: nothing is written, every write fails with a <see cref="WorkspaceException"/>.</summary>
    /// <param name="workspace">A file path, a <c>file://</c> URI, a <c>postgres://</c> URI or an Npgsql connection string.</param>
    /// <param name="model">Schema model statements are checked against; the embedded default when null.</param>
    /// <param name="readers">
    /// For a file, how many connections answer at once (<see cref="SpreadReadStore"/>: a web app's concurrent requests);
    /// a server engine has its own pool and ignores it.
    /// </param>
    /// <exception cref="WorkspaceException">No workspace there, not a workspace, one that needs an upgrade, out of reach, or not a location.</exception>
    public static IWorkspaceStore OpenReadOnly(string workspace, SchemaModel? model = null, int readers = 1)
    {
        if (IsServer(workspace))
        {
            return PostgresWorkspaceStore.OpenReadOnly(PostgresLocation.Parse(workspace), model);
        }

        var path = FilePath(workspace);
        return readers <= 1
            ? SqliteWorkspaceStore.OpenReadOnly(path, model)
            : new SpreadReadStore(() => SqliteWorkspaceStore.OpenReadOnly(path, model), Math.Min(readers, SpreadReadStore.MaxCopies));
    }

    /// <summary>Creates the workspace when missing and applies every pending schema migration, whatever the engine.</summary>
    /// <exception cref="WorkspaceException">Not a workspace, written by a newer Threadline, out of reach, or not writable.</exception>
    public static WorkspaceMigration Migrate(string workspace) =>
        IsServer(workspace)
            ? PostgresWorkspaceStore.Migrate(PostgresLocation.Parse(workspace))
            : SqliteWorkspaceStore.Migrate(FilePath(workspace));

    /// <summary>
    /// Opens the audit trail, accounts and case memberships kept in an existing workspace (the same file or schema),
    /// making their tables when missing: it always writes, since every use appends to the trail.
    /// </summary>
    /// <exception cref="WorkspaceException">No workspace there, out of reach, refused, or read-only.</exception>
    public static ISecurityStore OpenSecurity(string workspace) =>
        IsServer(workspace)
            ? PostgresSecurityStore.Open(PostgresLocation.Parse(workspace))
            : SqliteSecurityStore.Open(FilePath(workspace));

    /// <summary>
    /// Opens the case files kept in an existing workspace (the same file or schema). A writable file workspace is brought
    /// to the current schema first; a server workspace must be at it (<see cref="Migrate"/>).
    /// </summary>
    /// <exception cref="WorkspaceException">No workspace there, out of reach, refused, or at another version.</exception>
    public static ICaseStore OpenCases(string workspace, bool readOnly = false) =>
        IsServer(workspace)
            ? PostgresCaseStore.Open(PostgresLocation.Parse(workspace), readOnly)
            : SqliteCaseStore.Open(FilePath(workspace), readOnly);

    /// <summary>Opens the case files beside an open workspace (the same file or schema), for a shell that holds only the store.</summary>
    /// <exception cref="ArgumentException">A store of an engine this does not know.</exception>
    public static ICaseStore OpenCases(IWorkspaceStore store, bool readOnly) => store switch
    {
        SqliteWorkspaceStore sqlite => SqliteCaseStore.Open(sqlite.Path, readOnly),
        PostgresWorkspaceStore postgres => PostgresCaseStore.Open(postgres.Location, readOnly),
        SpreadReadStore spread => OpenCases(spread.First, readOnly),
        null => throw new ArgumentNullException(nameof(store)),
        _ => throw new ArgumentException($"no case files for a {store.GetType().Name}", nameof(store)),
    };

    /// <summary>True when <paramref name="workspace"/> is a file (a path or a <c>file://</c> URI), not a server.</summary>
    public static bool IsFile(string workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        if (IsServer(workspace))
        {
            return false;
        }

        var scheme = Scheme().Match(workspace);
        return !scheme.Success || scheme.Groups[1].Value.Equals("file", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True when <paramref name="workspace"/> names a PostgreSQL server.</summary>
    public static bool IsServer(string workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return PostgresLocation.IsPostgres(workspace);
    }

    /// <summary>
    /// A location as it may be shown: a file path as given; a server as <c>postgres://user@host:port/db</c>, never with a
    /// password, and a connection string never echoed.
    /// </summary>
    public static string Shown(string workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        if (!IsServer(workspace))
        {
            return Redacted(workspace);
        }

        try
        {
            return PostgresLocation.Parse(workspace).Shown;
        }
        catch (WorkspaceException)
        {
            return PostgresLocation.Redact(workspace);
        }
    }

    /// <summary>A location as typed, with a URI's password replaced by <c>***</c> and a connection string not echoed.</summary>
    public static string Redacted(string workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return IsServer(workspace) ? PostgresLocation.Redact(workspace) : Password().Replace(workspace, "$1***@");
    }

    /// <summary>The local path of a file workspace; a clear <see cref="WorkspaceException"/> for anything else.</summary>
    private static string FilePath(string workspace)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(workspace);
        var scheme = Scheme().Match(workspace);
        if (!scheme.Success)
        {
            return workspace;
        }

        if (scheme.Groups[1].Value.Equals("file", StringComparison.OrdinalIgnoreCase) && Uri.TryCreate(workspace, UriKind.Absolute, out var file) && file.IsFile)
        {
            return file.LocalPath;
        }

        throw new WorkspaceException($"'{Redacted(workspace)}' is not a workspace location: give a file path, a postgres://user@host:port/database URI or an Npgsql connection string")
        {
            Kind = WorkspaceErrorKind.BadLocation,
        };
    }

    [GeneratedRegex(@"^([A-Za-z][A-Za-z0-9+.\-]*)://", RegexOptions.CultureInvariant)]
    private static partial Regex Scheme();

    [GeneratedRegex(@"^([A-Za-z][A-Za-z0-9+.\-]*://[^:/@]*:)[^@/]*@", RegexOptions.CultureInvariant)]
    private static partial Regex Password();
}
