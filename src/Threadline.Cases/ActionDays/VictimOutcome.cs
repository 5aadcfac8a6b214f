using Threadline.Cases.Victims;

namespace Threadline.Cases.ActionDays;

/// <summary>A victim identified during a search: her pseudonym, and the centre she was taken to (never an address).</summary>
public sealed record VictimOutcome(VictimPseudonym Pseudonym, Referral? Referral);
