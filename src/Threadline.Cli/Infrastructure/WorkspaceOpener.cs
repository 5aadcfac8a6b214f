using Microsoft.Data.Sqlite;
using Threadline.Storage;

namespace Threadline.Cli.Infrastructure;

/// <summary>Opens the SQLite workspace, turning storage failures into one clear line.</summary>
internal static class WorkspaceOpener
{
    public static IWorkspaceStore Open(string path, bool create)
    {
        if (!create && !File.Exists(path))
        {
            throw new CliException($"no workspace at '{path}': ingest something first, or pass --workspace PATH");
        }

        try
        {
            return SqliteWorkspaceStore.Open(path);
        }
        catch (WorkspaceException ex)
        {
            throw new CliException(ex.Message, ex);
        }
        catch (SqliteException ex)
        {
            throw new CliException($"cannot open workspace '{path}': {ex.Message}", ex);
        }
        catch (InvalidOperationException ex)
        {
            throw new CliException($"cannot open workspace '{path}': {ex.Message}", ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new CliException($"cannot open workspace '{path}': {ex.Message}", ex);
        }
        catch (IOException ex)
        {
            throw new CliException($"cannot open workspace '{path}': {ex.Message}", ex);
        }
    }
}
