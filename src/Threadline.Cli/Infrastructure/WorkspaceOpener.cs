using Threadline.Storage;
using Threadline.Storage.Engines;

namespace Threadline.Cli.Infrastructure;

/// <summary>
/// Opens the workspace (the engine chosen by <see cref="WorkspaceStores"/>), turning why it cannot be used
/// (<see cref="WorkspaceException.Kind"/>, the same for every engine) into one clear line that names the workspace as it
/// may be shown (never a password).
/// </summary>
internal static class WorkspaceOpener
{
    /// <summary>Opens for reading and writing (creating a file workspace when <paramref name="create"/>).</summary>
    public static IWorkspaceStore Open(string path, bool create)
    {
        if (!create && WorkspaceStores.IsFile(path) && !File.Exists(path))
        {
            throw NoWorkspace(path);
        }

        return Guard(path, () => WorkspaceStores.Open(path));
    }

    /// <summary>
    /// Opens an existing workspace for reading only: nothing is written on open, so read commands work on a workspace
    /// the user may only read. A file workspace at an older version is upgraded first when the user may write it; a
    /// server workspace is upgraded only by <c>threadline migrate</c>.
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
            catch (WorkspaceException ex) when (ex.UpgradeRequired && WorkspaceStores.IsFile(path))
            {
                try
                {
                    WorkspaceStores.Open(path).Dispose();
                }
                catch (WorkspaceException)
                {
                    throw ex;
                }

                return WorkspaceStores.OpenReadOnly(path);
            }
        });
    }

    /// <summary>Creates or upgrades a workspace's schema (<c>threadline migrate</c>).</summary>
    public static WorkspaceMigration Migrate(string path) => Guard(path, () => WorkspaceStores.Migrate(path));

    private static CliException NoWorkspace(string path) =>
        new($"no workspace at '{path}': ingest something first, or pass --workspace PATH");

    private static T Guard<T>(string path, Func<T> open)
    {
        var shown = WorkspaceStores.Shown(path);
        try
        {
            return open();
        }
        catch (WorkspaceException ex) when (ex.Kind == WorkspaceErrorKind.ReadOnly)
        {
            throw new CliException($"workspace '{shown}' is read-only: this command writes to it (read-only commands: stats, search, networks, export, report, eval)", ex);
        }
        catch (WorkspaceException ex)
        {
            throw new CliException(ex.Message, ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot open workspace '{shown}': {CommandContext.Reason(ex)}", ex);
        }
    }
}
