using Threadline.Application.Queries.Movement;
using Threadline.Linking;

namespace Threadline.Application.Queries.Networks;

/// <summary>
/// Everything the network page shows: the network record (score with its parts, evidence, movement, bookings), its
/// personas, the hub decisions about its identifiers, its templates, flagged bookers, its money and its movement map.
/// </summary>
/// <param name="Network">The network as linking (and money) left it.</param>
/// <param name="Notice">The wording every output carries: a lead, never a verdict.</param>
/// <param name="Personas">Its personas, largest first (paged).</param>
/// <param name="Hubs">Hub decisions about identifiers its ads carry: cut or down-weighted, with the figures.</param>
/// <param name="Templates">Its text templates, fixed text with slots (at most <see cref="NetworkQueries.MaxTemplates"/>).</param>
/// <param name="Bookers">Bookers with many short stays in several cities tied to it.</param>
/// <param name="Money">What the bank files tie to it, or null.</param>
/// <param name="Map">Stays and moves by persona.</param>
public sealed record NetworkView(
    Network Network,
    string Notice,
    PageOf<PersonaRow> Personas,
    IReadOnlyList<HubDecision> Hubs,
    IReadOnlyList<Link.TemplateHead> Templates,
    IReadOnlyList<FlaggedBooker> Bookers,
    Money.NetworkMoney? Money,
    MovementMap Map);
