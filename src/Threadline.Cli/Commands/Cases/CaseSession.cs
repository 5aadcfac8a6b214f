using Threadline.Cases.Store;
using Threadline.Storage;

namespace Threadline.Cli.Commands.Cases;

/// <summary>An open workspace and its case files for one <c>case</c> command, audited before either is used.</summary>
internal sealed class CaseSession : IDisposable
{
    public CaseSession(IWorkspaceStore workspace, ICaseStore cases, string actor)
    {
        Workspace = workspace;
        Files = new CaseFiles(cases);
        Actor = actor;
    }

    public IWorkspaceStore Workspace { get; }

    public CaseFiles Files { get; }

    /// <summary>Who acts (the audit trail's actor): the case member the need-to-know rules are applied to.</summary>
    public string Actor { get; }

    public void Dispose()
    {
        Files.Store.Dispose();
        Workspace.Dispose();
    }
}
