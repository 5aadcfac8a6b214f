namespace Threadline.Security.Accounts;

/// <summary>A user's membership of a case (a compartment): data of a case is visible to its members only.</summary>
/// <param name="User">The user's name.</param>
/// <param name="CaseReference">The case.</param>
/// <param name="IsLead">Whether the user leads the case (a case lead sees its victim data).</param>
public sealed record CaseMembership(string User, string CaseReference, bool IsLead);
