using Threadline.Money.Detectors;

namespace Threadline.Money.Analysis;

/// <summary>An account with at least one finding about it.</summary>
/// <param name="Account">Account key.</param>
/// <param name="Country">Country from the IBAN, when known.</param>
/// <param name="Roles">Roles derived from the findings.</param>
/// <param name="Typologies">Distinct detector names, sorted.</param>
/// <param name="Score">Number of distinct typologies (more independent signals rank higher).</param>
/// <param name="Findings">The findings about the account, with their evidence.</param>
public sealed record FlaggedAccount(string Account, string? Country, AccountRole Roles, IReadOnlyList<string> Typologies, double Score, IReadOnlyList<Finding> Findings);
