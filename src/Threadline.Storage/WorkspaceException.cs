namespace Threadline.Storage;

/// <summary>
/// A workspace cannot be used: the file is not a Threadline workspace, or it was written by a newer
/// Threadline. The message is one line that names the path.
/// </summary>
public sealed class WorkspaceException : InvalidOperationException
{
    public WorkspaceException()
    {
    }

    public WorkspaceException(string message)
        : base(message)
    {
    }

    public WorkspaceException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>True when the workspace was opened read-only but is at an older schema version, which only a read-write open can upgrade.</summary>
    public bool UpgradeRequired { get; init; }
}
