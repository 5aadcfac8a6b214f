namespace Threadline.Linking;

/// <summary>
/// Why the scored persona model (docs/linking.md, "The scored persona model") joined two parts of one persona: each
/// comparison's level and its weight log2(m/u), the prior, the total match weight and the match probability. The
/// analyst reads it as "same name spelled another way (+6.1), same age (+3.2), same number (+1.0), in the same city
/// on the same days (+2.4)".
/// </summary>
/// <param name="AdA">An ad of the first part.</param>
/// <param name="AdB">An ad of the second part.</param>
/// <param name="MatchWeight">Prior weight plus the levels' weights.</param>
/// <param name="Probability">2^w / (1 + 2^w).</param>
/// <param name="Levels">One entry per comparison the pair could make.</param>
public sealed record PersonaDecision(string AdA, string AdB, double MatchWeight, double Probability, IReadOnlyList<FeatureLevel> Levels);

/// <summary>One comparison of a decision: its name, the level the pair fell into and that level's weight log2(m/u).</summary>
public sealed record FeatureLevel(string Comparison, string Level, double Weight);

/// <summary>The persona model as estimated on this workspace: per comparison and level, m, u and the weight.</summary>
/// <param name="Lambda">The share of matches among the candidate pairs, as EM estimated it.</param>
/// <param name="CandidatePairs">Pairs of persona parts the blocking proposed.</param>
/// <param name="Merges">Pairs joined.</param>
/// <param name="Refused">Pairs scored over the threshold but refused by a hard constraint.</param>
/// <param name="Comparisons">The comparisons with their estimated levels.</param>
public sealed record PersonaModelSummary(double Lambda, int CandidatePairs, int Merges, int Refused, IReadOnlyList<ComparisonSummary> Comparisons);

/// <summary>One comparison's levels with m = P(level | same woman), u = P(level | two women) and log2(m/u).</summary>
public sealed record ComparisonSummary(string Name, IReadOnlyList<LevelSummary> Levels);

/// <summary>One level's estimate.</summary>
public sealed record LevelSummary(string Level, double M, double U, double Weight);
