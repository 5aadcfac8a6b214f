namespace Threadline.Security.Access;

/// <summary>One request to decide: what kind of access, to which case, and the justification given (empty when none).</summary>
/// <param name="Kind">What is wanted.</param>
/// <param name="CaseReference">The case whose data it is; empty for <see cref="AccessKind.AuditTrail"/> and <see cref="AccessKind.Administration"/>.</param>
/// <param name="Reason">The reason given (LED Art. 25 justification); empty when none.</param>
public sealed record AccessRequest(AccessKind Kind, string CaseReference, string Reason = "");
