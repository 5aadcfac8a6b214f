namespace Threadline.Application.Queries.Search;

/// <summary>
/// A search over the workspace: the entities the query names outright (a phone however written, an e-mail, a handle, an
/// IBAN), the hits best first with snippets, and facets over the best <see cref="SearchQueries.FacetWindow"/> hits.
/// </summary>
/// <param name="Query">The query as read (cut to the search limits).</param>
/// <param name="Matches">Entities the query names.</param>
/// <param name="Hits">This page of hits (for a phone: the ads that carry it).</param>
/// <param name="Offset">Hits skipped.</param>
/// <param name="Limit">Page size.</param>
/// <param name="HasMore">True when another page follows.</param>
/// <param name="Facets">Counts over the best hits.</param>
/// <param name="FacetBase">How many hits the facets counted.</param>
public sealed record SearchView(
    string Query,
    IReadOnlyList<EntityMatch> Matches,
    IReadOnlyList<SearchRow> Hits,
    int Offset,
    int Limit,
    bool HasMore,
    IReadOnlyList<SearchFacet> Facets,
    int FacetBase);
