namespace Threadline.Linking;

/// <summary>
/// One reason why ads were grouped: a shared identifier (phone, e-mail, handle, photo, template or
/// name), how many of the group's ads carry it, and the weight it was given.
/// </summary>
/// <param name="Kind">What is shared.</param>
/// <param name="Value">The shared value (E.164 phone, e-mail, "service:user", photo or template id, name).</param>
/// <param name="AdCount">How many ads of the group carry it.</param>
/// <param name="Weight">Its weight in the grouping's confidence (0..1).</param>
/// <param name="Reason">A plain sentence.</param>
public sealed record LinkEvidence(EvidenceKind Kind, string Value, int AdCount, double Weight, string Reason);
