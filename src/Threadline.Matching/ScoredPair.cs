namespace Threadline.Matching;

/// <summary>A candidate pair (indexes into <see cref="MatchRun.Records"/>) with its match weight and probability.</summary>
public readonly record struct ScoredPair(int A, int B, double Weight, double Probability);
