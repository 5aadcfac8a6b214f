using Threadline.Security.Accounts;

namespace Threadline.Web.Security;

/// <summary>
/// One request's account, memberships and (for case data, once <see cref="RequestAccess"/> allowed it) its case and
/// workspace. Scoped: the pages and API take <see cref="Investigation"/> and <see cref="WorkspaceHolder"/> from here.
/// </summary>
public sealed class RequestCase
{
    /// <summary>The signed-in account, or null.</summary>
    public UserAccount? User { get; set; }

    /// <summary>The account's memberships.</summary>
    public IReadOnlyList<CaseMembership> Memberships { get; set; } = [];

    /// <summary>The active case (the session's, or one named by an API caller), or null.</summary>
    public RegisteredCase? Case { get; set; }

    /// <summary>The case's workspace, set only after access to it was allowed.</summary>
    public WorkspaceHolder? Workspace { get; set; }

    /// <summary>The workspace, or an error: an endpoint that needs case data ran without the access check.</summary>
    public WorkspaceHolder RequireWorkspace() =>
        Workspace ?? throw new InvalidOperationException("no case was resolved for this request: the endpoint lacks its access check");

    /// <summary>Whether the user holds a role.</summary>
    public bool Has(Role role) => User?.Roles.Contains(role) == true;
}
