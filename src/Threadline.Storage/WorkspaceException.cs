namespace Threadline.Storage;

/// <summary>
/// A workspace cannot be used: not a Threadline workspace, written by a newer Threadline, out of reach, or read-only.
/// The message is one line that names the workspace as it may be shown (never a password); <see cref="Kind"/> says
/// why, the same for every engine, so shells never look at an engine's own errors.
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

    /// <summary>Why the workspace cannot be used.</summary>
    public WorkspaceErrorKind Kind { get; init; } = WorkspaceErrorKind.NotAWorkspace;

    /// <summary>True when the workspace was opened read-only but is at an older schema version, which only a read-write open can upgrade.</summary>
    public bool UpgradeRequired => Kind == WorkspaceErrorKind.UpgradeRequired;
}
