using System.Text.RegularExpressions;
using Threadline.Core.Model;

namespace Threadline.Storage.Sqlite;

/// <summary>
/// Opens a workspace by where it is, choosing the engine: a file path is an embedded SQLite workspace; a server
/// URI (<c>postgres://…</c>) will name a PostgreSQL one. Callers (the CLI, the web app) hold an
/// <see cref="IWorkspaceStore"/> and never name an engine.
/// </summary>
public static partial class WorkspaceStores
{
    /// <summary>
    /// Opens a workspace for reading and writing, creating it when missing and bringing its schema up to date.
    /// </summary>
    /// <param name="workspace">A file path (or <c>file://</c> URI): the SQLite workspace file.</param>
    /// <param name="model">Schema model statements are checked against; the embedded default when null.</param>
    /// <exception cref="WorkspaceException">Not a workspace, written by a newer Threadline, or an engine this build lacks.</exception>
    public static IWorkspaceStore Open(string workspace, SchemaModel? model = null) =>
        SqliteWorkspaceStore.Open(FilePath(workspace), model);

    /// <summary>Opens an existing workspace for reading only (see <see cref="SqliteWorkspaceStore.OpenReadOnly(string, SchemaModel?)"/>).</summary>
    /// <exception cref="WorkspaceException">No workspace there, not a workspace, one that needs an upgrade, or an engine this build lacks.</exception>
    public static IWorkspaceStore OpenReadOnly(string workspace, SchemaModel? model = null) =>
        SqliteWorkspaceStore.OpenReadOnly(FilePath(workspace), model);

    /// <summary>True when <paramref name="workspace"/> is a file (a path or a <c>file://</c> URI), not a server.</summary>
    public static bool IsFile(string workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var scheme = Scheme().Match(workspace);
        return !scheme.Success || scheme.Groups[1].Value.Equals("file", StringComparison.OrdinalIgnoreCase);
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

        var name = scheme.Groups[1].Value.ToLowerInvariant();
        if (name == "file" && Uri.TryCreate(workspace, UriKind.Absolute, out var file) && file.IsFile)
        {
            return file.LocalPath;
        }

        if (name is "postgres" or "postgresql")
        {
            throw new WorkspaceException($"'{Redacted(workspace)}': PostgreSQL workspaces are not supported yet; give a workspace file path");
        }

        throw new WorkspaceException($"'{Redacted(workspace)}' is not a workspace location: give a file path");
    }

    /// <summary>A location as it may be shown: a password in a URI replaced by <c>***</c>.</summary>
    public static string Redacted(string workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return Password().Replace(workspace, "$1***@");
    }

    [GeneratedRegex(@"^([A-Za-z][A-Za-z0-9+.\-]*)://", RegexOptions.CultureInvariant)]
    private static partial Regex Scheme();

    [GeneratedRegex(@"^([A-Za-z][A-Za-z0-9+.\-]*://[^:/@]*:)[^@/]*@", RegexOptions.CultureInvariant)]
    private static partial Regex Password();
}
