using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Threadline.Security.Audit;
using Threadline.Web.Security;

namespace Threadline.Web.Pages;

/// <summary>Logs out (a form post with its anti-forgery token; a link cannot log anyone out). Audited.</summary>
[AllowAnonymous]
public sealed class LogoutModel(ServerSecurity security) : PageModel
{
    public IActionResult OnGet() => Redirect("/login");

    public async Task<IActionResult> OnPostAsync()
    {
        if (security.Settings.NoAuth)
        {
            return Redirect("/");
        }

        if (User.Identity is { IsAuthenticated: true, Name: { } name })
        {
            WebAudit.Append(security, HttpContext, name, AuditAction.Authentication, "logout");
            await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme).ConfigureAwait(false);
        }

        return Redirect("/login");
    }
}
