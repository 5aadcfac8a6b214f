using Threadline.Storage;

namespace Threadline.Cli.Commands;

/// <summary>
/// What <c>threadline stats</c> shows: entities by schema, and ads by site (the Site's name where it has one), by
/// country and by month of posting, each read from the store as a facet of the Advertisement schema.
/// </summary>
internal sealed record StatsReport(
    IReadOnlyList<KeyValuePair<string, long>> EntitiesBySchema,
    IReadOnlyList<KeyValuePair<string, long>> AdsBySite,
    IReadOnlyList<KeyValuePair<string, long>> AdsByCountry,
    IReadOnlyList<KeyValuePair<string, long>> AdsByMonth,
    long Statements)
{
    private const string Ad = "Advertisement";

    public static StatsReport Read(IWorkspaceStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var stats = store.Stats();
        var bySite = store.Facet(Ad, "site", FacetKind.Value, Facets.MaxLimit);
        return new StatsReport(
            stats.EntitiesBySchema,
            Labelled(bySite, SiteNames(store, bySite.Select(kv => kv.Key).Where(k => k != Facets.Unknown))),
            store.Facet(Ad, "country", FacetKind.Value, Facets.MaxLimit),
            store.Facet(Ad, "postedAt", FacetKind.Month, Facets.MaxLimit),
            stats.Statements);
    }

    /// <summary>Site ids shown as names, in facet order by the names (most first, then name, the unknown last).</summary>
    private static IReadOnlyList<KeyValuePair<string, long>> Labelled(IReadOnlyList<KeyValuePair<string, long>> bySite, Dictionary<string, string> names)
    {
        var unknown = bySite.Where(kv => kv.Key == Facets.Unknown).Sum(kv => kv.Value);
        var labelled = bySite
            .Where(kv => kv.Key != Facets.Unknown)
            .Select(kv => new KeyValuePair<string, long>(names.TryGetValue(kv.Key, out var name) ? name : kv.Key, kv.Value));
        return Facets.Order(labelled, FacetKind.Value, unknown, int.MaxValue);
    }

    /// <summary>Site entity id → its name (earliest seen, then smallest); names two sites share get the id appended.</summary>
    private static Dictionary<string, string> SiteNames(IWorkspaceStore store, IEnumerable<string> siteIds)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var siteId in siteIds)
        {
            var name = store.GetEntity(siteId)?.Statements
                .Where(s => s.Property == "name" && s.Value.Length > 0)
                .OrderBy(s => s.FirstSeen is null)
                .ThenBy(s => s.FirstSeen)
                .ThenBy(s => s.Value, StringComparer.Ordinal)
                .Select(s => s.Value)
                .FirstOrDefault();
            if (name is not null)
            {
                result[siteId] = name;
            }
        }

        foreach (var clash in result.GroupBy(kv => kv.Value, StringComparer.Ordinal).Where(g => g.Count() > 1).SelectMany(g => g).ToList())
        {
            result[clash.Key] = $"{clash.Value} ({clash.Key})";
        }

        return result;
    }
}
