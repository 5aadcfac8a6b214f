namespace Threadline.Security.Audit;

/// <summary>
/// One stored audit record: the entry, its place in the trail (<see cref="Sequence"/>, from 1 without gaps), its time
/// (UTC, whole milliseconds) and the chain: <see cref="PreviousHash"/> is the hash of the record before (64 zeros for
/// the first), <see cref="Hash"/> covers this record's fields and the previous hash (<see cref="AuditHash"/>), so a
/// changed, removed or reordered record breaks the chain from that record on.
/// </summary>
public sealed record AuditRecord(
    long Sequence,
    DateTimeOffset At,
    string Actor,
    AuditAction Action,
    string Subject,
    string Origin,
    string CaseReference,
    string Reason,
    string PreviousHash,
    string Hash)
{
    /// <summary>The entry this record holds.</summary>
    public AuditEntry Entry => new(Actor, Action, Subject, Origin, CaseReference, Reason);
}
