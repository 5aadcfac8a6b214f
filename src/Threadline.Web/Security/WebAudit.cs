using Threadline.Security.Audit;

namespace Threadline.Web.Security;

/// <summary>Audit entries of web requests: who (the account), from where (the client address), what (method, path and query).</summary>
public static class WebAudit
{
    /// <summary>The actor of a request nobody is signed in for (a refused login with an unknown name).</summary>
    public const string Anonymous = "(unknown user)";

    /// <summary>Where a request came from: the client's address as the server saw it.</summary>
    public static string Origin(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return "web " + (context.Connection.RemoteIpAddress?.ToString() ?? "local");
    }

    /// <summary>What a request asks for: method, path and query string, as sent.</summary>
    public static string Subject(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Request.Method + " " + context.Request.Path.Value + context.Request.QueryString.Value;
    }

    /// <summary>Appends one entry for a request; the caller does what it records only when this returns.</summary>
    public static AuditRecord Append(ServerSecurity security, HttpContext context, string actor, AuditAction action, string subject, string caseReference = "", string reason = "")
    {
        ArgumentNullException.ThrowIfNull(security);
        return security.Trail.Append(new AuditEntry(actor, action, subject, Origin(context), caseReference, reason));
    }
}
