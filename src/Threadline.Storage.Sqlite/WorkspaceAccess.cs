namespace Threadline.Storage.Sqlite;

/// <summary>How a workspace file is opened.</summary>
internal enum WorkspaceAccess
{
    /// <summary>Read and write; the file is created and migrated when needed.</summary>
    ReadWrite,

    /// <summary>Read-only: nothing is written, other processes may still write.</summary>
    ReadOnly,

    /// <summary>Read-only on a file or folder nothing can write (SQLite cannot even make its shared-memory file).</summary>
    Immutable,
}
