namespace Threadline.Security.Accounts;

/// <summary>What a person does in a joint investigation. Roles say what kind of data a member may see; case memberships say which.</summary>
public enum Role
{
    /// <summary>Works the leads of the cases they are a member of.</summary>
    Analyst,

    /// <summary>Works the money side of their cases.</summary>
    FinancialInvestigator,

    /// <summary>Oversees the analysts of their cases.</summary>
    Supervisor,

    /// <summary>Reads the evidence of their cases.</summary>
    Prosecutor,

    /// <summary>Supports victims; the only role besides a case's lead that sees victim data.</summary>
    VictimSupport,

    /// <summary>Reads the audit trail and nothing else.</summary>
    Auditor,

    /// <summary>Manages accounts and memberships; sees case data only as a member.</summary>
    Admin,
}
