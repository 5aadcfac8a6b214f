using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;

namespace Threadline.Web.Security;

/// <summary>
/// Accounts in the web app: cookie sessions (password, then TOTP; idle timeout, absolute lifetime, revocable), a
/// fallback policy so every endpoint needs a verified session unless it allows anonymous access, anti-forgery on every
/// form, data-protection keys kept on disk, and <see cref="RequestAccess"/> on every endpoint that reaches data.
/// </summary>
public static class ServerAuthentication
{
    /// <summary>Name of the session cookie.</summary>
    public const string CookieName = "threadline.session";

    public static void AddThreadlineSecurity(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.TryAddSingletonTimeProvider();
        services.AddSingleton(sp => new ServerSettings(sp.GetRequiredService<IConfiguration>()));
        services.AddSingleton(sp => new ServerSecurity(sp.GetRequiredService<ServerSettings>(), sp.GetRequiredService<TimeProvider>()));
        services.AddScoped<RequestCase>();
        var settings = new ServerSettings(builder.Configuration);
        var protection = services.AddDataProtection().SetApplicationName("Threadline");
        if (settings.NoAuth)
        {
            protection.UseEphemeralDataProtectionProvider();
            services.AddAuthentication(LocalAuthenticationHandler.SchemeName)
                .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, LocalAuthenticationHandler>(LocalAuthenticationHandler.SchemeName, null);
        }
        else
        {
            services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp => new ConfigureOptions<KeyManagementOptions>(o =>
                o.XmlRepository = new PrivateKeyRepository(sp.GetRequiredService<ServerSettings>().KeysFolder)));
            services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(o =>
            {
                o.Cookie.Name = CookieName;
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = settings.IdleTimeout;
                o.SlidingExpiration = true;
                o.LoginPath = "/login";
                o.LogoutPath = "/logout";
                o.AccessDeniedPath = "/login";
                o.Events = new CookieAuthenticationEvents
                {
                    OnValidatePrincipal = SessionValidation.Validate,
                    OnRedirectToLogin = context => Challenge(context, StatusCodes.Status401Unauthorized),
                    OnRedirectToAccessDenied = context => Challenge(context, StatusCodes.Status401Unauthorized),
                };
            });
            services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
                .Configure<TimeProvider>((o, clock) => o.TimeProvider = clock);
        }

        services.AddAuthorizationBuilder()
            .AddPolicy(SessionClaims.VerifiedPolicy, VerifiedPolicy())
            .SetFallbackPolicy(VerifiedPolicy())
            .SetDefaultPolicy(VerifiedPolicy());
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "threadline.csrf";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.HeaderName = "X-CSRF-TOKEN";
        });
    }

    /// <summary>Authentication, authorization, then the access check and audit of data endpoints (after routing).</summary>
    public static void UseThreadlineSecurity(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseMiddleware<RequestAccess>();
    }

    private static AuthorizationPolicy VerifiedPolicy() =>
        new AuthorizationPolicyBuilder().RequireAuthenticatedUser().RequireClaim(SessionClaims.Stage, SessionClaims.Verified).Build();

    private static void TryAddSingletonTimeProvider(this IServiceCollection services)
    {
        if (!services.Any(d => d.ServiceType == typeof(TimeProvider)))
        {
            services.AddSingleton(TimeProvider.System);
        }
    }

    /// <summary>
    /// No session, or not a verified one: 401 for the API; pages go to the login step that is next (the code, the
    /// enrolment, or the password).
    /// </summary>
    private static Task Challenge(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (RequestAccess.IsApi(context.HttpContext))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        var stage = context.HttpContext.User.FindFirst(SessionClaims.Stage)?.Value;
        var target = stage switch
        {
            SessionClaims.PasswordStage => "/login/code",
            SessionClaims.EnrolStage => "/login/enrol",
            _ => "/login?returnUrl=" + Uri.EscapeDataString(context.Request.PathBase + context.Request.Path + context.Request.QueryString),
        };
        context.Response.Redirect(target);
        return Task.CompletedTask;
    }
}
