namespace Threadline.Application.Cases;

/// <summary>
/// One dated thing in a case's timeline: when (and until when, for a stay or a booking), what kind, what in words, where
/// (a city and/or a country code), who (persona ids, case person ids, names), and the id of what it comes from.
/// </summary>
public sealed record TimelineEvent(
    DateTimeOffset At,
    DateTimeOffset? Until,
    string Kind,
    string Title,
    string? Place,
    IReadOnlyList<string> Persons,
    string Source);
