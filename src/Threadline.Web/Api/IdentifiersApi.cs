using Threadline.Application.Queries;
using Threadline.Application.Queries.Identifiers;

namespace Threadline.Web.Api;

/// <summary><c>/api/phones/{e164}</c>, <c>/api/emails/{address}</c>, <c>/api/handles/{service:user}</c>.</summary>
internal static class IdentifiersApi
{
    public static void MapIdentifiersApi(this RouteGroupBuilder api)
    {
        Map(api, "phones", IdentifierKind.Phone);
        Map(api, "emails", IdentifierKind.Email);
        Map(api, "handles", IdentifierKind.Handle);
    }

    private static void Map(RouteGroupBuilder api, string segment, IdentifierKind kind)
    {
        api.MapGet("/" + segment + "/{value}", (Investigation inv, string value, int? offset, int? limit, string? format) =>
        {
            if (IdentifierQueries.View(inv, kind, value, offset, limit) is not { } view)
            {
                return Results.NotFound();
            }

            return ApiEndpoints.WantsCsv(format)
                ? Csv.File(segment + "-ads", ["ad", "posted_at", "site", "city", "country", "phones", "title"],
                    view.Ads.Items.Select(a => (IReadOnlyList<object?>)[a.Id, a.PostedAt, a.Site, a.City, a.Country, a.Phones, a.Title]))
                : Results.Ok(view);
        }).WithName(kind.ToString()).WithSummary($"Every ad (paged; ?format=csv), persona and lead with this {kind.ToString().ToLowerInvariant()}, first and last seen, and the hub decision about it.");
    }
}
