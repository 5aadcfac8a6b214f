namespace Threadline.Linking;

/// <summary>
/// A network's risk score (0..100) as the sum of its parts; docs/scoring.md gives the evidence behind
/// each weight. It ranks leads for a human; it is never a verdict.
/// </summary>
public sealed record RiskScore
{
    public double Total { get; init; }

    public required IReadOnlyList<RiskPart> Parts { get; init; }

    /// <summary>One sentence naming the strongest parts, worded as a lead.</summary>
    public string Summary { get; init; } = "";
}

/// <summary>One part of a risk score: the measured value, the points it earned and why.</summary>
/// <param name="Name">Stable id of the part (e.g. "multi_country_rotation").</param>
/// <param name="Measured">The measured figure (share, count, ratio).</param>
/// <param name="Points">Points earned.</param>
/// <param name="MaxPoints">The most points the part can give.</param>
/// <param name="Explanation">What was measured, in plain words.</param>
public sealed record RiskPart(string Name, double Measured, double Points, double MaxPoints, string Explanation);
