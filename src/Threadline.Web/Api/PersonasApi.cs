using Threadline.Application.Queries;
using Threadline.Application.Queries.Personas;

namespace Threadline.Web.Api;

/// <summary><c>/api/personas/{id}</c>: one persona, her ads (paged), names, ages, phones over time, photos and stays.</summary>
internal static class PersonasApi
{
    public static void MapPersonasApi(this RouteGroupBuilder api)
    {
        api.MapGet("/personas/{id}", (Investigation inv, string id, int? offset, int? limit, string? format) =>
        {
            if (PersonaQueries.View(inv, id, offset, limit) is not { } view)
            {
                return Results.NotFound();
            }

            return ApiEndpoints.WantsCsv(format)
                ? Csv.File("persona-" + view.Persona.Id + "-ads", ["ad", "posted_at", "site", "city", "country", "phones", "indicator_score", "title"],
                    view.Ads.Items.Select(a => (IReadOnlyList<object?>)[a.Id, a.PostedAt, a.Site, a.City, a.Country, a.Phones, a.IndicatorScore, a.Title]))
                : Results.Ok(view);
        }).WithName("Persona").WithSummary("One persona: why her ads are judged one woman, her ads (paged; ?format=csv), names, ages, phones over time, photos, stays.");
    }
}
