using Threadline.Application.Queries.Movement;
using Threadline.Linking;

namespace Threadline.Application.Queries.Networks;

/// <summary>One network lead with what the page around it needs.</summary>
public static class NetworkQueries
{
    /// <summary>Most templates shown with a network.</summary>
    public const int MaxTemplates = 20;

    /// <summary>The network's view, or null when there is no such network.</summary>
    public static NetworkView? View(Investigation investigation, string id, int? offset = null, int? limit = null)
    {
        ArgumentNullException.ThrowIfNull(investigation);
        if (string.IsNullOrEmpty(id) || id.Length > 200 || LinkResults.Network(investigation.Store, id) is not { } network)
        {
            return null;
        }

        var store = investigation.Store;

        // A page of personas and the largest ones for the map, read as such (largest first is the stored order): a
        // lead of thousands of personas is not read whole for one page.
        var (skip, take) = Paging.Clamp(offset, limit);
        var total = network.PersonaIds.Count;
        IReadOnlyList<Persona> page, largest;
        if (skip == 0)
        {
            var first = LinkResults.PersonasOf(store, id, 0, Math.Max(take, MovementMaps.MaxPersonas));
            (page, largest) = (first.Take(take).ToList(), first.Take(MovementMaps.MaxPersonas).ToList());
        }
        else
        {
            (page, largest) = (LinkResults.PersonasOf(store, id, skip, take), LinkResults.PersonasOf(store, id, 0, MovementMaps.MaxPersonas));
        }
        var hubs = network.Phones.Concat(network.Emails).Concat(network.Handles).Concat(network.TemplateIds)
            .SelectMany(investigation.HubsOf).Distinct().ToList();
        var templates = LinkResults.TemplateHeads(store, network.TemplateIds.Take(MaxTemplates).ToList())
            .OrderByDescending(t => t.AdCount).ThenBy(t => t.Id, StringComparer.Ordinal).ToList();
        return new NetworkView(
            network,
            LinkResult.LeadNotice,
            new PageOf<PersonaRow>(page.Select(PersonaRow.Of).ToList(), skip, take, total),
            hubs,
            templates,
            LinkResults.BookersOf(store, id),
            Application.Money.MoneyResults.OfNetwork(store, id),
            MovementMaps.Of(largest, total));
    }

    /// <summary>The network's movement map alone (for the map and timeline pictures).</summary>
    public static MovementMap? Map(Investigation investigation, string id)
    {
        ArgumentNullException.ThrowIfNull(investigation);
        return string.IsNullOrEmpty(id) || id.Length > 200 || LinkResults.Network(investigation.Store, id) is not { } network
            ? null
            : MovementMaps.Of(LinkResults.PersonasOf(investigation.Store, id, 0, MovementMaps.MaxPersonas), network.PersonaIds.Count);
    }
}
