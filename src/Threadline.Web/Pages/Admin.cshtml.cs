using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Threadline.Security.Access;
using Threadline.Security.Accounts;
using Threadline.Security.Audit;
using Threadline.Web.Security;

namespace Threadline.Web.Pages;

/// <summary>
/// Accounts for admins: list them, disable or enable, reset MFA (enrolment again at the next login), end every session,
/// add and end case memberships. Each change is a form post with its anti-forgery token, checked with
/// <see cref="NeedToKnow"/> (administration) and audited before it is made. Admins see case data only as members.
/// </summary>
[Access(AccessKind.Administration)]
public sealed class AdminModel(ServerSecurity security, RequestCase current) : PageModel
{
    public IReadOnlyList<(UserAccount User, IReadOnlyList<CaseMembership> Memberships)> Accounts { get; private set; } = [];

    public IReadOnlyList<RegisteredCase> Cases { get; private set; } = [];

    public string? Message { get; private set; }

    public DateTimeOffset Now { get; private set; }

    public void OnGet() => Load(null);

    public IActionResult OnPostDisable(string user) => Change(user, "disable", u =>
    {
        security.Store.UpdateUser(u with { Disabled = true });
        security.Store.RevokeSessions(u.Name);
        return $"{u.Name} is disabled and signed out everywhere";
    });

    public IActionResult OnPostEnable(string user) => Change(user, "enable", u =>
    {
        security.Store.UpdateUser(u with { Disabled = false, Failures = 0, LockedUntil = null });
        return $"{u.Name} is enabled";
    });

    public IActionResult OnPostResetMfa(string user) => Change(user, "reset MFA", u =>
    {
        security.Store.UpdateUser(u with { TotpSecret = [], LastTotpStep = -1 });
        security.Store.RevokeSessions(u.Name);
        return $"{u.Name} enrols a new authenticator at the next login and is signed out everywhere";
    });

    public IActionResult OnPostRevoke(string user) => Change(user, "revoke sessions", u =>
    {
        security.Store.RevokeSessions(u.Name);
        return $"every session of {u.Name} is ended";
    });

    public IActionResult OnPostMember(string user, string? reference, bool lead) => Change(user, $"member of {reference}{(lead ? " (lead)" : string.Empty)}", u =>
    {
        if (security.FindCase(reference) is null)
        {
            return $"no case '{reference}' is served here";
        }

        security.Store.SetMembership(new CaseMembership(u.Name, reference!, lead));
        return $"{u.Name} is a member of {reference}{(lead ? " (lead)" : string.Empty)}";
    });

    public IActionResult OnPostEndMember(string user, string? reference) => Change(user, $"end membership of {reference}", u =>
        security.Store.RemoveMembership(u.Name, reference ?? string.Empty) ? $"{u.Name} is no longer a member of {reference}" : $"{u.Name} was not a member of {reference}");

    private IActionResult Change(string? user, string what, Func<UserAccount, string> change)
    {
        var admin = current.User?.Name ?? throw new InvalidOperationException("no admin");
        if (!UserAccount.IsValidName(user) || security.Store.FindUser(user!) is not { } account)
        {
            Load("no such account");
            return Page();
        }

        // Audited before it is done: a failed append leaves the account as it was.
        WebAudit.Append(security, HttpContext, admin, AuditAction.Administration, $"admin: {what}: {account.Name}");
        Load(change(account));
        return Page();
    }

    private void Load(string? message)
    {
        Message = message;
        Now = security.Clock.GetUtcNow();
        Accounts = [.. security.Store.Users().Select(u => (u, security.Store.Memberships(u.Name)))];
        Cases = security.Cases();
    }
}
