using Threadline.Linking;

namespace Threadline.Application.Queries.Networks;

/// <summary>One persona in a list: how many ads, the names and phones she was advertised with, where and when.</summary>
public sealed record PersonaRow(
    string Id,
    string? NetworkId,
    int Ads,
    double Confidence,
    IReadOnlyList<string> Names,
    IReadOnlyList<string> Phones,
    IReadOnlyList<string> Cities,
    IReadOnlyList<string> Countries,
    RotationPattern Pattern,
    DateTimeOffset? FirstSeen,
    DateTimeOffset? LastSeen)
{
    public static PersonaRow Of(Persona p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new PersonaRow(p.Id, p.NetworkId, p.AdIds.Count, p.Confidence, p.Names, p.Phones, p.Movement.Cities, p.Movement.Countries, p.Movement.Pattern, p.Movement.FirstSeen, p.Movement.LastSeen);
    }
}
