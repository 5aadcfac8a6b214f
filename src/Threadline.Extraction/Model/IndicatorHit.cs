namespace Threadline.Extraction;

/// <summary>One match of an indicator rule, with the weight it adds to the ad's score.</summary>
/// <param name="RuleId">Rule id from indicators.json, e.g. <c>third_person</c>.</param>
/// <param name="Description">What the rule looks for.</param>
/// <param name="Weight">Weight of the rule (added once per ad, however many hits).</param>
/// <param name="Evidence">Source of the evidence for the weight.</param>
/// <param name="Span">What matched: text span; for computed rules the span of the hit they derive from (e.g. the obscured phone).</param>
public sealed record IndicatorHit(string RuleId, string Description, double Weight, string Evidence, TextSpan Span);
