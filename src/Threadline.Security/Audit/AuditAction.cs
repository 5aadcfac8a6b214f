namespace Threadline.Security.Audit;

/// <summary>
/// The processing operations Article 25(1) of the Law Enforcement Directive (EU) 2016/680 requires logs of. Stored by name
/// (lower case), so the numbers may change but the names may not.
/// </summary>
public enum AuditAction
{
    /// <summary>Data brought in (ingest).</summary>
    Collection,

    /// <summary>Data changed or added to by the system (extraction, migration).</summary>
    Alteration,

    /// <summary>Data looked at (stats, search, networks, a page).</summary>
    Consultation,

    /// <summary>Data handed out (export, report, copy to another workspace).</summary>
    Disclosure,

    /// <summary>Data joined with other data (link, money).</summary>
    Combination,

    /// <summary>Data erased.</summary>
    Erasure,
}
