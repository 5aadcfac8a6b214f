using Microsoft.AspNetCore.Mvc.RazorPages;
using Threadline.Security.Access;
using Threadline.Security.Audit;
using Threadline.Web.Security;

namespace Threadline.Web.Pages;

/// <summary>The audit trail for auditors: the chain verified against the anchors written out, and the records, newest page first.</summary>
[Access(AccessKind.AuditTrail)]
public sealed class AuditModel(ServerSecurity security) : PageModel
{
    /// <summary>Records per page.</summary>
    public const int PageSize = 100;

    public AuditVerification Verification { get; private set; } = null!;

    public IReadOnlyList<AuditRecord> Records { get; private set; } = [];

    public long Count { get; private set; }

    public long From { get; private set; }

    public void OnGet(long? from)
    {
        Verification = security.Trail.Verify();
        Count = security.Store.CountAudit();
        var last = Math.Max(1, Count - PageSize + 1);
        From = from is { } f ? Math.Clamp(f, 1, last) : last;
        Records = [.. security.Store.ReadAudit(From).Take(PageSize).Reverse()];
    }
}
