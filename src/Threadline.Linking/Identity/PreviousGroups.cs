namespace Threadline.Linking;

/// <summary>The groupings of an earlier link run, by their ads, and every id ever handed out (so a new group never takes a retired id).</summary>
public sealed record PreviousGroups
{
    /// <summary>Persona id → its ad ids.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Personas { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Network id → its ad ids (the ads of its personas).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Networks { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Template id → its ad ids.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Templates { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Ids retired by earlier re-links, never to be given to a new group.</summary>
    public IReadOnlyCollection<string> Retired { get; init; } = [];

    /// <summary>No earlier run.</summary>
    public static PreviousGroups None { get; } = new();

    /// <summary>The groupings of a stored result.</summary>
    public static PreviousGroups Of(LinkResult result, IReadOnlyCollection<string>? retired = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var personaAds = result.Personas.ToDictionary(p => p.Id, p => p.AdIds, StringComparer.Ordinal);
        return new PreviousGroups
        {
            Personas = personaAds,
            Networks = result.Networks.ToDictionary(
                n => n.Id,
                n => (IReadOnlyList<string>)n.PersonaIds.SelectMany(p => personaAds.GetValueOrDefault(p) ?? []).ToList(),
                StringComparer.Ordinal),
            Templates = result.Templates.ToDictionary(t => t.Id, t => t.AdIds, StringComparer.Ordinal),
            Retired = retired ?? [],
        };
    }

    internal IReadOnlyDictionary<string, IReadOnlyList<string>> Of(GroupKind kind) => kind switch
    {
        GroupKind.Persona => Personas,
        GroupKind.Network => Networks,
        _ => Templates,
    };
}
