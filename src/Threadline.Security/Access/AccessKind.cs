namespace Threadline.Security.Access;

/// <summary>What a request wants to reach.</summary>
public enum AccessKind
{
    /// <summary>A case's data (ads, leads, networks, money): its members.</summary>
    CaseData,

    /// <summary>A case's victim data: victim-support members and the case lead, with a justification.</summary>
    VictimData,

    /// <summary>A case's data handed out (export, report): its members, with a justification.</summary>
    Disclosure,

    /// <summary>The audit trail: auditors.</summary>
    AuditTrail,

    /// <summary>Accounts and memberships: admins.</summary>
    Administration,
}
