using Threadline.Application.Queries;
using Threadline.Application.Queries.Search;

namespace Threadline.Web.Api;

/// <summary><c>/api/search?q=</c>: Threadline's search syntax (docs/search.md), phones however written, facets.</summary>
internal static class SearchApi
{
    public static void MapSearchApi(this RouteGroupBuilder api)
    {
        api.MapGet("/search", (Investigation inv, string? q, int? offset, int? limit, string? format) =>
        {
            var view = SearchQueries.Run(inv, q, offset, limit);
            return ApiEndpoints.WantsCsv(format)
                ? Csv.File("search", ["rank", "entity", "schema", "property", "snippet", "site", "city", "posted_at"],
                    view.Hits.Select(h => (IReadOnlyList<object?>)[h.Rank, h.EntityId, h.Schema, h.Property, string.Concat(h.Snippet.Select(s => s.Text)), h.Ad?.Site, h.Ad?.City, h.Ad?.PostedAt]))
                : Results.Ok(view);
        }).WithName("Search").WithSummary("Words, \"phrases\", prefix*, OR, field:value; a phone typed in any form finds the ads that carry it; an e-mail, handle or IBAN its entity; facets over the best 500 hits.")
            .RequireRateLimiting(SearchGate.Policy);
    }
}
