using Threadline.Application.Queries.Ads;
using Threadline.Application.Queries.Leads;
using Threadline.Application.Queries.Movement;
using Threadline.Linking;

namespace Threadline.Application.Queries.Personas;

/// <summary>
/// Everything the persona page shows: the persona (why these ads are judged one woman: the evidence, with weights), her
/// network, her ads (paged), the names, ages and phones seen over time, her photos and the map and timeline of her stays.
/// </summary>
/// <param name="Persona">The persona as linking left it.</param>
/// <param name="Notice">A lead, never a verdict.</param>
/// <param name="Network">Her network's lead row, or null.</param>
/// <param name="Ads">Her ads, newest first (paged).</param>
/// <param name="Names">Names the ads give her.</param>
/// <param name="Ages">Ages the ads state.</param>
/// <param name="Phones">Phones, first and last seen.</param>
/// <param name="Photos">Photos from the workspace (at most <see cref="PersonaQueries.MaxPhotos"/>).</param>
/// <param name="Map">Her stays and moves.</param>
/// <param name="AdsRead">Ads read for the figures above (at most <see cref="PersonaQueries.MaxAdsRead"/>).</param>
public sealed record PersonaView(
    Persona Persona,
    string Notice,
    LeadRow? Network,
    PageOf<AdRow> Ads,
    IReadOnlyList<SeenValue> Names,
    IReadOnlyList<SeenValue> Ages,
    IReadOnlyList<SeenValue> Phones,
    IReadOnlyList<PhotoRef> Photos,
    MovementMap Map,
    int AdsRead);
