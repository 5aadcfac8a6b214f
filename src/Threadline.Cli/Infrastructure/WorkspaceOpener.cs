using Microsoft.Data.Sqlite;
using Threadline.Storage;
using Threadline.Storage.Sqlite;

namespace Threadline.Cli.Infrastructure;

/// <summary>Opens the workspace (the engine chosen by <see cref="WorkspaceStores"/>), turning storage failures into one clear line.</summary>
internal static class WorkspaceOpener
{
    /// <summary>Opens for reading and writing (creating the file when <paramref name="create"/>).</summary>
    public static IWorkspaceStore Open(string path, bool create)
    {
        if (!create && WorkspaceStores.IsFile(path) && !File.Exists(path))
        {
            throw NoWorkspace(path);
        }

        return Guard(path, () => WorkspaceStores.Open(path));
    }

    /// <summary>
    /// Opens an existing workspace for reading only: nothing is written on open, so read commands work on
    /// a workspace the user may only read. A workspace at an older version is upgraded first when the
    /// user may write it.
    /// </summary>
    public static IWorkspaceStore OpenForReading(string path)
    {
        if (WorkspaceStores.IsFile(path) && !File.Exists(path))
        {
            throw NoWorkspace(path);
        }

        return Guard(path, () =>
        {
            try
            {
                return WorkspaceStores.OpenReadOnly(path);
            }
            catch (WorkspaceException ex) when (ex.UpgradeRequired)
            {
                try
                {
                    WorkspaceStores.Open(path).Dispose();
                }
                catch (SqliteException)
                {
                    throw ex;
                }

                return WorkspaceStores.OpenReadOnly(path);
            }
        });
    }

    private static CliException NoWorkspace(string path) =>
        new($"no workspace at '{path}': ingest something first, or pass --workspace PATH");

    private static IWorkspaceStore Guard(string path, Func<IWorkspaceStore> open)
    {
        try
        {
            return open();
        }
        catch (WorkspaceException ex)
        {
            throw new CliException(ex.Message, ex);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == 8 /* SQLITE_READONLY */)
        {
            throw new CliException($"workspace '{path}' is read-only: this command writes to it (read-only commands: stats, search, networks, export, report, eval)", ex);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == 14 /* SQLITE_CANTOPEN */)
        {
            throw new CliException($"cannot open workspace '{path}': the file or its folder cannot be opened or written (permissions, or a read-only folder)", ex);
        }
        catch (SqliteException ex)
        {
            throw new CliException($"cannot open workspace '{path}': {ex.Message}", ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot open workspace '{path}': {CommandContext.Reason(ex)}", ex);
        }
    }
}
