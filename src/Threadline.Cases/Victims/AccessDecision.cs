namespace Threadline.Cases.Victims;

/// <summary>
/// The answer of the need-to-know policy. <see cref="AuditReason"/> is for the audit trail only; a refused caller is
/// told <see cref="PublicAnswer"/>, the same as for a record that does not exist, so a refusal reveals nothing.
/// </summary>
public sealed record AccessDecision(bool Allowed, string AuditReason)
{
    /// <summary>What a refused caller sees.</summary>
    public const string PublicAnswer = "not found";
}
