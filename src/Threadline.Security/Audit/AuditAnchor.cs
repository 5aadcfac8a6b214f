namespace Threadline.Security.Audit;

/// <summary>
/// A checkpoint of the trail kept outside the store: the sequence and hash of a record as it was when the anchor was
/// written. A trail whose record at <see cref="Sequence"/> no longer carries <see cref="Hash"/>, or that ends before
/// it, was changed after the anchor (the chain alone cannot show that its tail was cut).
/// </summary>
public sealed record AuditAnchor(long Sequence, string Hash, DateTimeOffset At);
