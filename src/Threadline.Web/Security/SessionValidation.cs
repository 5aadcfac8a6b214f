using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Threadline.Web.Security;

/// <summary>
/// Checks a session cookie on every request against the store: the account exists and is not disabled, its session
/// stamp is the one the cookie was issued with (an admin's revocation, a disable or an MFA reset bumps it), the login
/// is younger than the absolute lifetime, and a half-finished login (password accepted, code not yet) is younger than
/// <see cref="ServerSettings.StepLifetime"/>. The idle timeout is the cookie's own sliding expiry.
/// </summary>
public static class SessionValidation
{
    public static async Task Validate(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var security = context.HttpContext.RequestServices.GetRequiredService<ServerSecurity>();
        var principal = context.Principal;
        var now = security.Clock.GetUtcNow();
        var user = principal?.Identity?.Name is { } name ? security.Store.FindUser(name) : null;
        var stage = principal?.FindFirstValue(SessionClaims.Stage);
        var issued = long.TryParse(principal?.FindFirstValue(SessionClaims.Issued), NumberStyles.None, CultureInfo.InvariantCulture, out var ms)
            ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : DateTimeOffset.MinValue;
        var stamp = principal?.FindFirstValue(SessionClaims.Stamp);
        var lifetime = stage == SessionClaims.Verified ? security.Settings.AbsoluteLifetime : ServerSettings.StepLifetime;
        var valid = user is not null && !user.Disabled
            && string.Equals(stamp, user.SessionStamp.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            && issued <= now && now - issued < lifetime;
        if (!valid)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme).ConfigureAwait(false);
            return;
        }

        var request = context.HttpContext.RequestServices.GetRequiredService<RequestCase>();
        request.User = user;
        request.Memberships = security.Store.Memberships(user!.Name);
    }
}
