using Threadline.Linking;

namespace Threadline.Application.Queries.Leads;

/// <summary>One network lead as the lead list shows it: its score with the parts, and what it spans.</summary>
/// <param name="Id">Network id.</param>
/// <param name="Rank">1 = highest score.</param>
/// <param name="Score">Risk score, 0..100: a lead for review, never a verdict.</param>
/// <param name="Flagged">True when the score reaches the review threshold.</param>
/// <param name="Parts">The score's parts, as the scorer gave them.</param>
/// <param name="Women">Personas (each judged to be one woman).</param>
/// <param name="Ads">Ads in the network.</param>
/// <param name="Phones">Distinct phones in its ads.</param>
/// <param name="Countries">Countries its ads were posted in.</param>
/// <param name="Cities">Cities its ads were posted in.</param>
/// <param name="Pattern">Movement pattern (static, touring, rotation, multi-country rotation).</param>
/// <param name="MovesPerMonth">City changes per 30 days.</param>
/// <param name="FirstSeen">First ad.</param>
/// <param name="LastSeen">Last ad.</param>
/// <param name="Summary">The score's one-sentence summary, worded as a lead.</param>
public sealed record LeadRow(
    string Id,
    int Rank,
    double Score,
    bool Flagged,
    IReadOnlyList<RiskPart> Parts,
    int Women,
    int Ads,
    int Phones,
    IReadOnlyList<string> Countries,
    IReadOnlyList<string> Cities,
    RotationPattern Pattern,
    double MovesPerMonth,
    DateTimeOffset? FirstSeen,
    DateTimeOffset? LastSeen,
    string Summary)
{
    public static LeadRow Of(Network n)
    {
        ArgumentNullException.ThrowIfNull(n);
        return new LeadRow(
            n.Id, n.Rank, n.Risk.Total, n.Flagged, n.Risk.Parts, n.PersonaIds.Count, n.AdCount, n.Phones.Count,
            n.Movement.Countries, n.Movement.Cities, n.Movement.Pattern, Math.Round(n.Movement.MovesPerMonth, 2),
            n.Movement.FirstSeen, n.Movement.LastSeen, n.Risk.Summary);
    }
}
