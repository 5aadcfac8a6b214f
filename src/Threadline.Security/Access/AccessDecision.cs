namespace Threadline.Security.Access;

/// <summary>A need-to-know decision and why, in words fit for the audit trail (never for telling a caller whether an item exists).</summary>
/// <param name="Allowed">Whether the request may go ahead.</param>
/// <param name="Why">The rule that decided.</param>
public sealed record AccessDecision(bool Allowed, string Why)
{
    internal static AccessDecision Allow(string why) => new(true, why);

    internal static AccessDecision Deny(string why) => new(false, why);
}
