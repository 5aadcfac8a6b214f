using Threadline.Application.Queries.Leads;
using Threadline.Application.Queries.Personas;
using Threadline.Linking;

namespace Threadline.Application.Queries.Ads;

/// <summary>
/// Everything the ad page shows: the text (its last version) cut into segments with every extraction marked, the
/// findings with their evidence, the persona and network it was linked into, its template with slots and near-duplicates,
/// and its photos from the workspace.
/// </summary>
public sealed record AdView(
    string Id,
    string Notice,
    string Site,
    string? Url,
    string? City,
    string? Country,
    string? Language,
    DateTimeOffset? PostedAt,
    int Versions,
    IReadOnlyList<TextSegment> Title,
    IReadOnlyList<TextSegment> Body,
    IReadOnlyList<string> PhoneFields,
    IReadOnlyList<AdFinding> Findings,
    double? IndicatorScore,
    string? PersonaId,
    LeadRow? Network,
    Link.TemplateHead? Template,
    IReadOnlyList<AdRow> NearDuplicates,
    IReadOnlyList<PhotoRef> Photos,
    IReadOnlyList<string> ImageRefs);
