using System.CommandLine;

namespace Threadline.Cli.Infrastructure;

/// <summary>Options every command accepts.</summary>
internal sealed class GlobalOptions
{
    public const string WorkspaceVariable = "THREADLINE_WORKSPACE";
    public const string DefaultWorkspace = "threadline.db";

    public Option<string?> Workspace { get; } = new("--workspace", "-w")
    {
        Description = $"Workspace: a file, or a PostgreSQL server as postgres://user@host:port/db[?workspace=NAME] or an Npgsql connection string (default: ${WorkspaceVariable}, else ./{DefaultWorkspace})",
        Recursive = true,
    };

    public Option<bool> Json { get; } = new("--json")
    {
        Description = "Machine-readable JSON output on stdout",
        Recursive = true,
    };

    public Option<bool> Verbose { get; } = new("--verbose")
    {
        Description = "Show stack traces on errors, and each stage of a job with the seconds since it started (on stderr)",
        Recursive = true,
    };

    public const string UserVariable = "THREADLINE_USER";

    public const string AnchorsVariable = "THREADLINE_AUDIT_ANCHORS";

    public Option<string?> As { get; } = new("--as")
    {
        Description = $"Who is acting, for the audit trail (default: ${UserVariable}, else the operating-system user)",
        Recursive = true,
    };

    public Option<string?> Case { get; } = new("--case")
    {
        Description = "The case reference this is done for (audit trail justification)",
        Recursive = true,
    };

    public Option<string?> Reason { get; } = new("--reason")
    {
        Description = "Why this is done (audit trail justification)",
        Recursive = true,
    };

    /// <summary>The accounts store (recursive: <c>users</c>, <c>cases</c>, <c>serve</c>, <c>login</c> and a command on a team workspace whose accounts store is a server take it).</summary>
    public Option<string?> Accounts { get; } = new("--accounts")
    {
        Description = "The accounts store (accounts, memberships, registered cases, the server's audit trail): a workspace file or a PostgreSQL location (default: the --workspace, or the one a team workspace answers to)",
        Recursive = true,
    };

    public Option<string?> TokenFile { get; } = new("--token-file")
    {
        Description = "A file holding a sign-in token for a team's workspace (default: $THREADLINE_TOKEN, else the file threadline login wrote)",
        Recursive = true,
    };

    public void AddTo(Command root)
    {
        root.Options.Add(Accounts);
        root.Options.Add(TokenFile);
        root.Options.Add(Workspace);
        root.Options.Add(Json);
        root.Options.Add(Verbose);
        root.Options.Add(As);
        root.Options.Add(Case);
        root.Options.Add(Reason);
    }
}
