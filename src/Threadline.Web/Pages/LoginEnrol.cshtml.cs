using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Threadline.Security.Accounts;
using Threadline.Security.Audit;
using Threadline.Web.Security;

namespace Threadline.Web.Pages;

/// <summary>
/// First login of an account without a TOTP secret: a new secret as a QR code (rendered here) and as base 32 text; a
/// code from the app must match it before the secret is stored and the session starts. The secret lives only in the
/// encrypted login-step cookie until then.
/// </summary>
[AllowAnonymous]
public sealed class LoginEnrolModel(ServerSecurity security) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    public string? Message { get; private set; }

    /// <summary>The secret in base 32, grouped by four for typing.</summary>
    public string SecretText { get; private set; } = string.Empty;

    /// <summary>The QR code as a data URI (an SVG image).</summary>
    public string QrDataUri { get; private set; } = string.Empty;

    public IActionResult OnGet()
    {
        if (InStep() is not { } step)
        {
            return Redirect("/login?expired=true");
        }

        Show(step.Name, step.Secret);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (InStep() is not { } step)
        {
            return Redirect("/login?expired=true");
        }

        var now = security.Clock.GetUtcNow();
        var outcome = security.Authenticator.Enrol(step.Name, step.Secret, Code?.Trim(), now);
        WebAudit.Append(security, HttpContext, step.Name, AuditAction.Authentication, "TOTP enrolment: " + (outcome == LoginOutcome.Succeeded ? "enrolled" : LoginModel.Outcome(outcome)));
        if (outcome != LoginOutcome.Succeeded || security.Store.FindUser(step.Name) is not { } user)
        {
            Message = "That code does not match: check the app's clock and try the next code.";
            Show(step.Name, step.Secret);
            return Page();
        }

        return await LoginCodeModel.SignedIn(HttpContext, security, user, now, null).ConfigureAwait(false);
    }

    private void Show(string name, byte[] secret)
    {
        var enrolment = TotpEnrolment.For(name, secret);
        var base32 = Base32.Encode(secret);
        SecretText = string.Join(' ', Enumerable.Range(0, (base32.Length + 3) / 4).Select(i => base32.Substring(i * 4, Math.Min(4, base32.Length - i * 4))));
        QrDataUri = "data:image/svg+xml;base64," + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(enrolment.QrSvg()));
    }

    private (string Name, byte[] Secret)? InStep()
    {
        if (User.FindFirstValue(SessionClaims.Stage) != SessionClaims.EnrolStage || User.Identity?.Name is not { } name
            || User.FindFirstValue(SessionClaims.PendingSecret) is not { Length: > 0 } text)
        {
            return null;
        }

        try
        {
            return (name, Base32.Decode(text));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
