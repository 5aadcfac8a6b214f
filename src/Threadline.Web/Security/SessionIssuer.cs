using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Threadline.Security.Accounts;

namespace Threadline.Web.Security;

/// <summary>Issues the session cookie at each login step and when the active case changes.</summary>
public static class SessionIssuer
{
    /// <summary>Signs in a login step: <see cref="SessionClaims.PasswordStage"/> or <see cref="SessionClaims.EnrolStage"/> (with the secret shown).</summary>
    public static Task Step(HttpContext context, UserAccount user, string stage, DateTimeOffset now, byte[]? pendingSecret = null)
    {
        ArgumentNullException.ThrowIfNull(user);
        var claims = Base(user, stage, now);
        if (pendingSecret is not null)
        {
            claims.Add(new Claim(SessionClaims.PendingSecret, Base32.Encode(pendingSecret)));
        }

        return SignIn(context, claims);
    }

    /// <summary>Signs in a verified session, in <paramref name="caseReference"/> when given.</summary>
    public static Task Verified(HttpContext context, UserAccount user, DateTimeOffset issued, string? caseReference)
    {
        ArgumentNullException.ThrowIfNull(user);
        var claims = Base(user, SessionClaims.Verified, issued);
        if (!string.IsNullOrEmpty(caseReference))
        {
            claims.Add(new Claim(SessionClaims.Case, caseReference));
        }

        return SignIn(context, claims);
    }

    /// <summary>When the current session's login happened.</summary>
    public static DateTimeOffset IssuedOf(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        return long.TryParse(principal.FindFirstValue(SessionClaims.Issued), NumberStyles.None, CultureInfo.InvariantCulture, out var ms)
            ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : DateTimeOffset.MinValue;
    }

    private static List<Claim> Base(UserAccount user, string stage, DateTimeOffset issued) =>
    [
        new Claim(ClaimTypes.Name, user.Name),
        new Claim(ClaimTypes.NameIdentifier, user.Name),
        new Claim(SessionClaims.Stage, stage),
        new Claim(SessionClaims.Stamp, user.SessionStamp.ToString(CultureInfo.InvariantCulture)),
        new Claim(SessionClaims.Issued, issued.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)),
    ];

    private static Task SignIn(HttpContext context, List<Claim> claims) =>
        context.SignInAsync(
            CookieAuthenticationDefaults.AuthenticationScheme,
            new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme)),
            new AuthenticationProperties { IsPersistent = false, AllowRefresh = true });
}
