namespace Threadline.Security.Audit;

/// <summary>
/// Appends to a store's trail and writes an anchor out every <see cref="AnchorEvery"/> records. A shell appends the
/// record before it does what the record describes, and does not do it when the append fails, so a crash can leave a
/// record of an action that did not finish, never an action without its record.
/// </summary>
public sealed class AuditTrail
{
    private readonly ISecurityStore _store;
    private readonly TimeProvider _clock;

    /// <param name="store">Where the trail is kept.</param>
    /// <param name="anchorPath">The file anchors are appended to; none written when null.</param>
    /// <param name="clock">The time records carry.</param>
    public AuditTrail(ISecurityStore store, string? anchorPath, TimeProvider? clock = null)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        AnchorPath = anchorPath;
        _clock = clock ?? TimeProvider.System;
    }

    /// <summary>Records between anchors.</summary>
    public int AnchorEvery { get; init; } = 100;

    /// <summary>Where anchors go, or null.</summary>
    public string? AnchorPath { get; }

    /// <summary>Appends an entry; writes an anchor when its sequence is a multiple of <see cref="AnchorEvery"/>.</summary>
    public AuditRecord Append(AuditEntry entry)
    {
        var record = _store.AppendAudit(entry, _clock.GetUtcNow());
        if (AnchorPath is not null && record.Sequence % AnchorEvery == 0)
        {
            AuditAnchorFile.Append(AnchorPath, new AuditAnchor(record.Sequence, record.Hash, record.At));
        }

        return record;
    }

    /// <summary>Verifies the whole trail against the anchors written out.</summary>
    public AuditVerification Verify() =>
        AuditChain.Verify(_store.ReadAudit(), AnchorPath is null ? [] : AuditAnchorFile.Read(AnchorPath));
}
