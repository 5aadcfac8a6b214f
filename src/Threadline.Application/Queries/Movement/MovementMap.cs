namespace Threadline.Application.Queries.Movement;

/// <summary>
/// Stays and moves between cities, by persona, over time: what the map (points and arrows, with a time slider) and the
/// timeline (a lane per persona) draw. Bounded: the largest <see cref="MovementMaps.MaxPersonas"/> personas, each with at
/// most <see cref="MovementMaps.MaxStaysPerPersona"/> stays; <see cref="PersonasShown"/> says how many made it.
/// </summary>
public sealed record MovementMap(
    IReadOnlyList<MapCity> Cities,
    IReadOnlyList<MapStay> Stays,
    IReadOnlyList<MapMove> Moves,
    DateTimeOffset? From,
    DateTimeOffset? To,
    int PersonasShown,
    int PersonasTotal);
