namespace Threadline.Cases.Warrants;

/// <summary>Whether this case's authorities issued a European Arrest Warrant or received one to execute.</summary>
public enum WarrantDirection
{
    /// <summary>Issued by this case's judicial authority; another state executes it.</summary>
    Issued,

    /// <summary>Received from another state; this state executes it (and is bound by the limits).</summary>
    Received,
}
