using Threadline.Security.Audit;

namespace Threadline.Application.Audit;

/// <summary>
/// Which kind of processing (LED 2016/680 Art. 25) each job is, so every shell logs the same job the same way, and the
/// entry a shell appends before it runs one.
/// </summary>
public static class JobAudit
{
    /// <summary>The kind of processing a job (by its verb) does to the workspace it opens.</summary>
    public static AuditAction ActionOf(string job) => job switch
    {
        "ingest" => AuditAction.Collection,
        "extract" or "migrate" => AuditAction.Alteration,
        "link" or "money" => AuditAction.Combination,
        "report" or "export" or "audit export" => AuditAction.Disclosure,
        "erase" => AuditAction.Erasure,
        _ => AuditAction.Consultation,
    };

    /// <summary>The entry to append before a job runs.</summary>
    /// <param name="actor">Who (a user name; on a file workspace without accounts, the operating-system user).</param>
    /// <param name="job">The job's verb (<c>search</c>, <c>ingest</c>…).</param>
    /// <param name="subject">What it touches: its arguments, a query, ids.</param>
    /// <param name="origin">From where (a host and program, a client address).</param>
    /// <param name="caseReference">The case it is done for, or empty.</param>
    /// <param name="reason">Why, or empty.</param>
    public static AuditEntry Entry(string actor, string job, string subject, string origin, string? caseReference, string? reason) =>
        new(actor, ActionOf(job), subject, origin, caseReference ?? string.Empty, reason ?? string.Empty);
}
