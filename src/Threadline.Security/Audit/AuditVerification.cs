namespace Threadline.Security.Audit;

/// <summary>What <see cref="AuditChain.Verify"/> found.</summary>
/// <param name="Records">Records read.</param>
/// <param name="AnchorsChecked">Anchors the trail was compared with.</param>
/// <param name="FirstBad">The sequence number of the first record that is not as it was written (for a removed record,
/// the place where it is missing); null when the trail is intact.</param>
/// <param name="Problem">What is wrong there, in words; null when intact.</param>
public sealed record AuditVerification(long Records, int AnchorsChecked, long? FirstBad, string? Problem)
{
    /// <summary>True when every record and anchor checked out.</summary>
    public bool Intact => FirstBad is null;
}
