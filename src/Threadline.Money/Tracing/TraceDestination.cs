namespace Threadline.Money.Tracing;

/// <summary>Where traced money ended up (forward) or came from (backward).</summary>
/// <param name="Account">Account key (<c>cash</c> for money taken out or paid in as cash).</param>
/// <param name="Country">Country from the IBAN, when known.</param>
/// <param name="AmountMinor">Traced money resting there at the end of the period, minor units.</param>
/// <param name="Share">Part of all traced money.</param>
/// <param name="Abroad">True when the country differs from the seed accounts' country.</param>
/// <param name="IsSeed">True when the account is one of the seeds.</param>
public sealed record TraceDestination(string Account, string? Country, long AmountMinor, double Share, bool Abroad, bool IsSeed);
