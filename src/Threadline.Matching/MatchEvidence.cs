namespace Threadline.Matching;

/// <summary>Why a pair scored as it did: for each comparison, the level it fell in and the weight that level adds.</summary>
public sealed record MatchEvidence(string Comparison, string Level, double Weight);
