using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Threadline.Security.Accounts;
using Threadline.Security.Audit;
using Threadline.Web.Security;

namespace Threadline.Web.Pages;

/// <summary>
/// The first login step: name and password. Right: the code is asked next (or, without a TOTP secret yet, the
/// enrolment). Wrong, locked or disabled: one answer for all, so names cannot be probed. Every attempt is audited under
/// the account's name when it exists (what was typed as a name is never stored otherwise: it may be a password).
/// </summary>
[AllowAnonymous]
public sealed class LoginModel(ServerSecurity security) : PageModel
{
    /// <summary>The one message of a refused step.</summary>
    public const string RefusedMessage = "Wrong name, password or code, or the account is locked or disabled.";

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Message { get; private set; }

    public void OnGet(bool? expired) => Message = expired == true ? "The login step expired or the session ended: start again." : null;

    public async Task<IActionResult> OnPostAsync()
    {
        var now = security.Clock.GetUtcNow();
        var name = (Name ?? string.Empty).Trim();
        var outcome = security.Authenticator.CheckPassword(name, Password, now);
        var user = UserAccount.IsValidName(name) ? security.Store.FindUser(name) : null;
        WebAudit.Append(security, HttpContext, user?.Name ?? WebAudit.Anonymous, AuditAction.Authentication, "login password step: " + Outcome(outcome));
        switch (outcome)
        {
            case LoginOutcome.CodeRequired when user is not null:
                await SessionIssuer.Step(HttpContext, user, SessionClaims.PasswordStage, now).ConfigureAwait(false);
                return Redirect("/login/code" + Return(ReturnUrl));
            case LoginOutcome.MfaEnrolmentRequired when user is not null:
                await SessionIssuer.Step(HttpContext, user, SessionClaims.EnrolStage, now, TotpEnrolment.Create(user.Name).Secret).ConfigureAwait(false);
                return Redirect("/login/enrol");
            default:
                Message = RefusedMessage;
                Password = null;
                return Page();
        }
    }

    /// <summary>How an outcome is written in the audit trail.</summary>
    public static string Outcome(LoginOutcome outcome) => outcome switch
    {
        LoginOutcome.Succeeded => "accepted",
        LoginOutcome.CodeRequired => "password accepted",
        LoginOutcome.MfaEnrolmentRequired => "password accepted, TOTP enrolment required",
        LoginOutcome.LockedOut => "refused, account locked",
        LoginOutcome.Disabled => "refused, account disabled",
        _ => "refused",
    };

    /// <summary>A local address to go back to after the login, or "/" (never another site).</summary>
    public static string SafeReturn(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.Length <= 2000 && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal)
            && !returnUrl.StartsWith("/\\", StringComparison.Ordinal) && !returnUrl.Any(char.IsControl)
            ? returnUrl : "/";

    private static string Return(string? returnUrl) => SafeReturn(returnUrl) is "/" ? string.Empty : "?returnUrl=" + Uri.EscapeDataString(SafeReturn(returnUrl));
}
