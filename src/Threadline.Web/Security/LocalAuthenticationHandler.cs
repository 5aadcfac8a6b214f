using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Threadline.Web.Security;

/// <summary>
/// <c>--no-auth</c>: every request is the local user (<see cref="LocalUser"/>) with a verified session in the single
/// case. The server refuses this mode on anything but loopback addresses.
/// </summary>
public sealed class LocalAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ServerSecurity security)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>The scheme's name.</summary>
    public const string SchemeName = "local";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.Name, LocalUser.Account.Name),
            new Claim(ClaimTypes.NameIdentifier, LocalUser.Account.Name),
            new Claim(SessionClaims.Stage, SessionClaims.Verified),
            new Claim(SessionClaims.Case, security.Settings.CaseReference),
        ], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }
}
