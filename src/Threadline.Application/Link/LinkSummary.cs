using Threadline.Linking;

namespace Threadline.Application.Link;

/// <summary>What a link run produced, in counts, kept beside its records so a page can say "3 of 41 networks" without reading them.</summary>
public sealed record LinkSummary(
    DateTimeOffset LinkedAt,
    int Personas,
    int Networks,
    int Flagged,
    int Templates,
    int Hubs,
    int UnlinkedBookings,
    LinkStatistics Statistics);
