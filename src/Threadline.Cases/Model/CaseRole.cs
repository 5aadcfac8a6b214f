namespace Threadline.Cases.Model;

/// <summary>A member's role inside one case (the case's compartment). Account-level roles are the server's concern.</summary>
public enum CaseRole
{
    /// <summary>Leads the investigation; one per case.</summary>
    Lead,
    Investigator,
    Analyst,
    FinancialInvestigator,

    /// <summary>Victim support (police victim unit or specialised centre liaison): sees victim records.</summary>
    VictimSupport,

    /// <summary>The prosecutor or investigating judge, when they hold an account.</summary>
    Magistrate,
    Observer,
}
