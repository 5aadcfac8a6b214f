namespace Threadline.Extraction;

/// <summary>An indicator rule as loaded from indicators.json.</summary>
/// <param name="Id">Rule id, e.g. <c>third_person</c>.</param>
/// <param name="Description">What it looks for.</param>
/// <param name="Weight">What one ad gains when the rule hits (once per ad).</param>
/// <param name="Evidence">Source of the evidence for the weight.</param>
/// <param name="Computed">True when derived from other results (obscured phone, nationality term, several phones, stated minor) rather than text patterns.</param>
/// <param name="Structural">True when it describes how the ad is written or shown (third person, hidden phone): counted by the network score as a part of its own, left out of the phrase score.</param>
public sealed record IndicatorRule(string Id, string Description, double Weight, string Evidence, bool Computed, bool Structural = false);
