using System.Security.Claims;
using Threadline.Security.Access;
using Threadline.Security.Audit;

namespace Threadline.Web.Security;

/// <summary>
/// The server-side check of every endpoint that carries <see cref="AccessAttribute"/>: resolves the case (an API
/// caller's <c>X-Threadline-Case</c> header or <c>?case=</c>, else the session's active case), asks
/// <see cref="NeedToKnow"/>, appends the audit record (refusals too) and only then lets the endpoint run with that
/// case's workspace. A refusal is decided before any item is looked up, so it reads the same whether or not the item
/// exists: 403 with one fixed body.
/// </summary>
public sealed class RequestAccess(RequestDelegate next)
{
    /// <summary>The header an API caller names a case in.</summary>
    public const string CaseHeader = "X-Threadline-Case";

    /// <summary>The header an API caller gives a reason in (or <c>?reason=</c>).</summary>
    public const string ReasonHeader = "X-Threadline-Reason";

    /// <summary>The one body of every refusal of an API call.</summary>
    public const string ForbiddenBody = """{"status":403,"title":"Forbidden","detail":"not allowed for this account, case or role (a disclosure also needs a reason)"}""";

    public async Task InvokeAsync(HttpContext context, ServerSecurity security, RequestCase request)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(security);
        ArgumentNullException.ThrowIfNull(request);
        var access = context.GetEndpoint()?.Metadata.GetMetadata<AccessAttribute>();
        if (context.User.Identity?.IsAuthenticated == true && request.User is null && context.User.Identity.Name is { } name)
        {
            request.User = security.Settings.NoAuth ? LocalUser.Account : security.Store.FindUser(name);
            request.Memberships = request.User is null ? [] : security.Settings.NoAuth ? LocalUser.Memberships(security) : security.Store.Memberships(request.User.Name);
        }

        if (access is null)
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        var user = request.User;
        if (user is null)
        {
            // The authorization policy runs first; an endpoint with an access kind is never anonymous.
            await Refuse(context, api: IsApi(context)).ConfigureAwait(false);
            return;
        }

        var kind = access.Kind;
        if (kind == AccessKind.CaseData && string.Equals(context.Request.Query["format"], "csv", StringComparison.OrdinalIgnoreCase))
        {
            kind = AccessKind.Disclosure;
        }

        var caseReference = string.Empty;
        var reason = Bounded(First(context.Request.Headers[ReasonHeader], context.Request.Query["reason"]), AuditEntry.MaxLongField);
        if (kind is AccessKind.CaseData or AccessKind.Disclosure or AccessKind.VictimData)
        {
            caseReference = Bounded(First(context.Request.Headers[CaseHeader], context.Request.Query["case"]), AuditEntry.MaxShortField);
            if (caseReference.Length == 0)
            {
                caseReference = context.User.FindFirstValue(SessionClaims.Case) ?? string.Empty;
            }

            if (caseReference.Length == 0 && !IsApi(context))
            {
                context.Response.Redirect("/switch-case");
                return;
            }
        }

        var now = security.Clock.GetUtcNow();
        var decision = NeedToKnow.Decide(user, request.Memberships, new AccessRequest(kind, caseReference, reason), now);
        var served = caseReference.Length > 0 ? security.FindCase(caseReference) : null;
        var allowed = decision.Allowed && (caseReference.Length == 0 || served is not null);
        var action = kind switch
        {
            AccessKind.Disclosure => AuditAction.Disclosure,
            AccessKind.Administration => AuditAction.Administration,
            _ => AuditAction.Consultation,
        };
        var subject = WebAudit.Subject(context);
        WebAudit.Append(security, context, user.Name, action, allowed ? subject : "refused (" + (decision.Allowed ? "case not served here" : decision.Why) + "): " + subject, caseReference, reason);
        if (!allowed)
        {
            await Refuse(context, IsApi(context)).ConfigureAwait(false);
            return;
        }

        if (served is not null)
        {
            request.Case = served;
            request.Workspace = security.Workspace(served);
        }

        await next(context).ConfigureAwait(false);
    }

    /// <summary>True for the API, photos and the OpenAPI document (401/403 answers, never a redirect to a page).</summary>
    public static bool IsApi(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var path = context.Request.Path;
        return path.StartsWithSegments("/api", StringComparison.Ordinal) || path.StartsWithSegments("/photos", StringComparison.Ordinal)
            || path.StartsWithSegments("/openapi", StringComparison.Ordinal);
    }

    /// <summary>403: a fixed JSON body for the API; the status page for pages.</summary>
    public static async Task Refuse(HttpContext context, bool api)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        if (api)
        {
            context.Response.ContentType = "application/problem+json";
            await context.Response.WriteAsync(ForbiddenBody).ConfigureAwait(false);
        }
    }

    private static string First(Microsoft.Extensions.Primitives.StringValues header, Microsoft.Extensions.Primitives.StringValues query) =>
        (header.Count > 0 ? header[0] : query.Count > 0 ? query[0] : null)?.Trim() ?? string.Empty;

    private static string Bounded(string value, int max) => value.Length <= max ? value : value[..max];
}
