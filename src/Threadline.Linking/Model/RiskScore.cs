namespace Threadline.Linking;

/// <summary>
/// A network's risk score (0..100) as the sum of its parts; docs/scoring.md gives the evidence behind
/// each weight. It ranks leads for a human; it is never a verdict. Made only by
/// <see cref="RiskScore.Compose"/>, so total, flag and summary always agree with the parts.
/// </summary>
public sealed record RiskScore
{
    public double Total { get; init; }

    public required IReadOnlyList<RiskPart> Parts { get; init; }

    /// <summary>True when <see cref="Total"/> reaches the weights' flag threshold: worth an analyst's look.</summary>
    public bool Flagged { get; init; }

    /// <summary>One sentence naming the strongest parts, worded as a lead.</summary>
    public string Summary { get; init; } = "";

    /// <summary>
    /// The one place a score is totalled: the parts' points (each within its part's maximum, the maxima
    /// summing to 100) added, the flag set from the threshold, and the summary written from the top parts.
    /// A part of the same name given twice keeps the last (a later money run replaces an earlier one).
    /// </summary>
    public static RiskScore Compose(IEnumerable<RiskPart> parts, RiskWeights? weights = null)
    {
        weights ??= RiskWeights.Default;
        var byName = new Dictionary<string, RiskPart>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var p in parts)
        {
            var max = weights.Max(p.Name);
            if (!byName.ContainsKey(p.Name))
            {
                order.Add(p.Name);
            }

            byName[p.Name] = p with { MaxPoints = max, Points = Math.Round(Math.Clamp(p.Points, 0, max), 2) };
        }

        var list = order.Select(n => byName[n]).ToList();
        var total = Math.Round(Math.Clamp(list.Sum(p => p.Points), 0, 100), 1);
        var flagged = total >= weights.FlagThreshold;
        var top = list.Where(p => p.Points > 0).OrderByDescending(p => p.Points).ThenBy(p => p.Name, StringComparer.Ordinal).Take(3).Select(p => p.Name.Replace('_', ' ')).ToList();
        var summary = top.Count == 0
            ? "No risk indicators found in this group; a lead only if other information points to it."
            : FormattableString.Invariant($"{(flagged ? "Lead for review" : "Below the review threshold")} (score {total:F0}/100), mainly: {string.Join(", ", top)}. Not a finding: verify before any action.");
        return new RiskScore { Total = total, Parts = list, Flagged = flagged, Summary = summary };
    }
}

/// <summary>One part of a risk score: the measured value, the points it earned and why.</summary>
/// <param name="Name">Stable id of the part (e.g. "multi_country_rotation").</param>
/// <param name="Measured">The measured figure (share, count, ratio).</param>
/// <param name="Points">Points earned.</param>
/// <param name="MaxPoints">The most points the part can give.</param>
/// <param name="Explanation">What was measured, in plain words.</param>
public sealed record RiskPart(string Name, double Measured, double Points, double MaxPoints, string Explanation)
{
    /// <summary>A part earning <paramref name="fraction"/> (0..1) of its weight.</summary>
    public static RiskPart Of(RiskWeights weights, string name, double measured, double fraction, string explanation)
    {
        var max = weights.Max(name);
        return new RiskPart(name, measured, max * Math.Clamp(fraction, 0, 1), max, explanation);
    }
}
