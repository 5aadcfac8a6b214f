namespace Threadline.Cases.Model;

/// <summary>Where a case stands. Allowed moves: Open ↔ Suspended, Open/Suspended → Closed, Closed → Open (reopened).</summary>
public enum CaseStatus
{
    Open,
    Suspended,
    Closed,
}
