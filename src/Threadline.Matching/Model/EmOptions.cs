namespace Threadline.Matching.Model;

/// <summary>Expectation–maximisation settings.</summary>
/// <param name="MaxIterations">Stop after this many rounds.</param>
/// <param name="Tolerance">Stop when no m, u or λ moves more than this.</param>
/// <param name="FixU">Keep u as estimated from random pairs (Splink's default) instead of re-estimating it on the candidate pairs.</param>
public sealed record EmOptions(int MaxIterations = 100, double Tolerance = 1e-6, bool FixU = false);
