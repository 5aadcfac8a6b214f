using Threadline.Cases.Grading;

namespace Threadline.Cases.Model;

/// <summary>
/// A workspace entity held by a case, with who attached it and when. A network lead carries the snapshot of its
/// members and scores as of that moment.
/// </summary>
public sealed record AttachedEntity : IMarked
{
    public AttachedEntity(AttachmentKind kind, string entityId, DateTimeOffset attachedAt, string attachedBy, Marking marking, NetworkSnapshot? snapshot = null)
    {
        Kind = Enum.IsDefined(kind) ? kind : throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown attachment kind");
        Id = Text.Id(entityId, nameof(entityId));
        AttachedAt = attachedAt.ToUniversalTime();
        AttachedBy = Text.Id(attachedBy, nameof(attachedBy));
        Marking = marking ?? throw new ArgumentNullException(nameof(marking));
        if (kind == AttachmentKind.NetworkLead)
        {
            if (snapshot is null)
            {
                throw new ArgumentException($"network lead {Id}: attach it with the snapshot of its members and scores", nameof(snapshot));
            }

            if (!string.Equals(snapshot.NetworkId, Id, StringComparison.Ordinal))
            {
                throw new ArgumentException($"network lead {Id}: the snapshot is of {snapshot.NetworkId}", nameof(snapshot));
            }
        }
        else if (snapshot is not null)
        {
            throw new ArgumentException($"{kind} {Id}: only network leads carry a snapshot", nameof(snapshot));
        }

        Snapshot = snapshot;
    }

    public AttachmentKind Kind { get; }

    /// <summary>The entity's stable id in the workspace.</summary>
    public string Id { get; }

    public DateTimeOffset AttachedAt { get; }

    public string AttachedBy { get; }

    public Marking Marking { get; }

    public NetworkSnapshot? Snapshot { get; }
}
