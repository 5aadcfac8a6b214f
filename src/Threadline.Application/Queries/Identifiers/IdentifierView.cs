using Threadline.Application.Queries.Ads;
using Threadline.Application.Queries.Leads;
using Threadline.Application.Queries.Networks;
using Threadline.Linking;

namespace Threadline.Application.Queries.Identifiers;

/// <summary>
/// A phone, e-mail or handle: every ad that carries it (paged) and every persona and network lead it appears in, first and
/// last seen, and what linking decided when it judged the identifier a hub (cut or down-weighted, with the figures).
/// </summary>
/// <param name="Kind">Phone, e-mail or handle.</param>
/// <param name="Value">E.164 phone, e-mail as written, or <c>service:username</c>.</param>
/// <param name="EntityId">The workspace entity that stands for it, when there is one.</param>
/// <param name="Country">The phone's country (numbering plan), when known.</param>
/// <param name="Notice">A lead, never a verdict.</param>
/// <param name="Ads">Ads carrying it, newest first (paged).</param>
/// <param name="Personas">Personas whose ads carry it (at most <see cref="IdentifierQueries.MaxListed"/>).</param>
/// <param name="Networks">Network leads it appears in (at most <see cref="IdentifierQueries.MaxListed"/>).</param>
/// <param name="FirstSeen">Its first ad.</param>
/// <param name="LastSeen">Its last ad.</param>
/// <param name="Hubs">Hub decisions about it.</param>
/// <param name="AdsRead">True when more ads carry it than were read (<see cref="IdentifierQueries.MaxAdsRead"/>).</param>
public sealed record IdentifierView(
    IdentifierKind Kind,
    string Value,
    string? EntityId,
    string? Country,
    string Notice,
    PageOf<AdRow> Ads,
    IReadOnlyList<PersonaRow> Personas,
    IReadOnlyList<LeadRow> Networks,
    DateTimeOffset? FirstSeen,
    DateTimeOffset? LastSeen,
    IReadOnlyList<HubDecision> Hubs,
    bool AdsRead);
