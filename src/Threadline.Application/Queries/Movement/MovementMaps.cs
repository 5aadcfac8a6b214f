using Threadline.Extraction;
using Threadline.Linking;

namespace Threadline.Application.Queries.Movement;

/// <summary>Builds <see cref="MovementMap"/>s from the linker's movement records and the gazetteer's city points.</summary>
public static class MovementMaps
{
    /// <summary>Most personas drawn on one map.</summary>
    public const int MaxPersonas = 60;

    /// <summary>Most stays drawn per persona.</summary>
    public const int MaxStaysPerPersona = 400;

    /// <summary>The map of personas' movements, largest persona first.</summary>
    public static MovementMap Of(IReadOnlyList<Persona> personas) => Of(personas, personas?.Count ?? 0);

    /// <summary>
    /// The map of the largest personas of a group of <paramref name="total"/> (the caller read only the largest
    /// <see cref="MaxPersonas"/>, or all of them).
    /// </summary>
    public static MovementMap Of(IReadOnlyList<Persona> personas, int total)
    {
        ArgumentNullException.ThrowIfNull(personas);
        var shown = personas.OrderByDescending(p => p.AdIds.Count).ThenBy(p => p.Id, StringComparer.Ordinal).Take(MaxPersonas).ToList();
        var stays = new List<MapStay>();
        var moves = new List<MapMove>();
        foreach (var persona in shown)
        {
            MapStay? previous = null;
            foreach (var s in persona.Movement.Stays.OrderBy(s => s.From).Take(MaxStaysPerPersona))
            {
                var stay = new MapStay(persona.Id, s.City, s.Country?.ToUpperInvariant(), s.From, s.To, s.Ads);
                stays.Add(stay);
                if (previous is not null && !string.Equals(previous.City, stay.City, StringComparison.OrdinalIgnoreCase))
                {
                    moves.Add(new MapMove(persona.Id, previous.City, stay.City, previous.To, stay.From));
                }

                previous = stay;
            }
        }

        var cities = stays.GroupBy(s => s.City, StringComparer.OrdinalIgnoreCase)
            .Select(g =>
            {
                var country = g.Select(s => s.Country).FirstOrDefault(c => c is not null);
                var place = CityPlaces.Find(g.Key, country);
                return new MapCity(g.Key, country ?? place?.Country, place?.Latitude, place?.Longitude, g.Sum(s => s.Ads), g.Count());
            })
            .OrderByDescending(c => c.Ads).ThenBy(c => c.Name, StringComparer.Ordinal).ToList();
        return new MovementMap(
            cities,
            stays,
            moves,
            stays.Count == 0 ? null : stays.Min(s => s.From),
            stays.Count == 0 ? null : stays.Max(s => s.To),
            shown.Count,
            Math.Max(total, personas.Count));
    }
}
