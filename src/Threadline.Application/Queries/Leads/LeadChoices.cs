namespace Threadline.Application.Queries.Leads;

/// <summary>What the lead filters can be set to: countries and cities with how many networks each, and the date span.</summary>
public sealed record LeadChoices(
    IReadOnlyList<KeyValuePair<string, int>> Countries,
    IReadOnlyList<KeyValuePair<string, int>> Cities,
    DateTimeOffset? FirstSeen,
    DateTimeOffset? LastSeen,
    int Networks,
    int Flagged);
