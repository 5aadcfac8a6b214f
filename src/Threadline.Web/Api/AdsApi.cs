using Threadline.Application.Queries;
using Threadline.Application.Queries.Ads;

namespace Threadline.Web.Api;

/// <summary><c>/api/ads/{id}</c>: one ad with every extraction and its evidence, its persona, network and template.</summary>
internal static class AdsApi
{
    public static void MapAdsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/ads/{id}", (Investigation inv, string id) => AdQueries.View(inv, id) is { } view ? Results.Ok(view) : Results.NotFound())
            .WithName("Ad").WithSummary("One ad: text segments with each extraction marked, findings with evidence, persona, network, template with slots, near-duplicates, photos.");
    }
}
