namespace Threadline.Cases.Grading;

/// <summary>Where an export goes; the handling codes decide what may go there.</summary>
public enum ExportPurpose
{
    /// <summary>Working copy for members of the case (law enforcement and the magistrate).</summary>
    CaseTeam,

    /// <summary>The court file: evidence for judicial proceedings.</summary>
    JudicialFile,

    /// <summary>Another law-enforcement service or country (onward dissemination).</summary>
    OnwardDissemination,

    /// <summary>A recipient outside law enforcement (an NGO, a shelter, a ministry).</summary>
    NonLawEnforcement,
}
