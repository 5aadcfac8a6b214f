namespace Threadline.Storage;

/// <summary>What bringing a workspace's schema up to date did.</summary>
/// <param name="Workspace">The workspace, as it may be shown (no password).</param>
/// <param name="From">The schema version before (0: the workspace was created).</param>
/// <param name="To">The schema version now.</param>
public sealed record WorkspaceMigration(string Workspace, int From, int To)
{
    /// <summary>Whether anything was applied.</summary>
    public bool Changed => To != From;
}
