using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Threadline.Security.Accounts;
using Threadline.Security.Audit;
using Threadline.Web.Security;

namespace Threadline.Web.Pages;

/// <summary>The second login step: the TOTP code, after the password was accepted (within five minutes).</summary>
[AllowAnonymous]
public sealed class LoginCodeModel(ServerSecurity security) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Message { get; private set; }

    public IActionResult OnGet() => InStep() is null ? Redirect("/login?expired=true") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (InStep() is not { } name)
        {
            return Redirect("/login?expired=true");
        }

        var now = security.Clock.GetUtcNow();
        var outcome = security.Authenticator.CheckCode(name, Code?.Trim(), now);
        WebAudit.Append(security, HttpContext, name, AuditAction.Authentication, "login code step: " + LoginModel.Outcome(outcome));
        if (outcome != LoginOutcome.Succeeded || security.Store.FindUser(name) is not { } user)
        {
            if (outcome is LoginOutcome.LockedOut or LoginOutcome.Disabled)
            {
                await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme).ConfigureAwait(false);
            }

            Message = LoginModel.RefusedMessage;
            return Page();
        }

        return await SignedIn(HttpContext, security, user, now, ReturnUrl).ConfigureAwait(false);
    }

    /// <summary>Issues the verified session and goes on: to the page asked for, else the user's one case, else the case list or the audit trail.</summary>
    internal static async Task<IActionResult> SignedIn(HttpContext context, ServerSecurity security, UserAccount user, DateTimeOffset now, string? returnUrl)
    {
        var cases = security.CasesOf(security.Store.Memberships(user.Name));
        var active = cases.Count == 1 ? cases[0].Reference : null;
        await SessionIssuer.Verified(context, user, now, active).ConfigureAwait(false);
        var target = LoginModel.SafeReturn(returnUrl);
        if (target == "/")
        {
            target = user.Roles.All(r => r == Role.Auditor) ? "/audit" : active is null ? "/switch-case" : "/";
        }

        return new RedirectResult(target);
    }

    private string? InStep() =>
        User.FindFirstValue(SessionClaims.Stage) == SessionClaims.PasswordStage ? User.Identity?.Name : null;
}
