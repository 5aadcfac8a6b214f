using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Threadline.Security.Accounts;
using Threadline.Security.Audit;
using Threadline.Web.Security;

namespace Threadline.Web.Pages;

/// <summary>
/// The cases (compartments) of the signed-in user that this server serves, and the switch between them: the active
/// case is part of the session; every data page and API call then uses that case's workspace after the access check.
/// A user in no case sees only that.
/// </summary>
public sealed class CaseSwitchModel(ServerSecurity security, RequestCase current) : PageModel
{
    public IReadOnlyList<RegisteredCase> Cases { get; private set; } = [];

    public string? Active { get; private set; }

    public void OnGet()
    {
        Cases = security.CasesOf(current.Memberships);
        Active = User.FindFirstValue(SessionClaims.Case);
    }

    public async Task<IActionResult> OnPostAsync(string? reference)
    {
        var chosen = security.CasesOf(current.Memberships).FirstOrDefault(c => string.Equals(c.Reference, reference, StringComparison.Ordinal));
        if (chosen is null || current.User is null || security.Settings.NoAuth)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        WebAudit.Append(security, HttpContext, current.User.Name, AuditAction.Consultation, "case chosen: " + chosen.Reference, chosen.Reference);
        await SessionIssuer.Verified(HttpContext, current.User, SessionIssuer.IssuedOf(User), chosen.Reference).ConfigureAwait(false);
        return Redirect("/");
    }
}
