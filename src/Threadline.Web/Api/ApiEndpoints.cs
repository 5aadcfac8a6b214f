namespace Threadline.Web.Api;

/// <summary>Every page's data under <c>/api/…</c>, as JSON (paged where a list can grow) and, for lists, as CSV.</summary>
internal static class ApiEndpoints
{
    public static void MapThreadlineApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapLeadsApi();
        api.MapNetworksApi();
        api.MapPersonasApi();
        api.MapAdsApi();
        api.MapIdentifiersApi();
        api.MapAccountsApi();
        api.MapSearchApi();
        app.MapPhotos();
    }

    /// <summary>True when the caller asked for CSV (<c>?format=csv</c>).</summary>
    public static bool WantsCsv(string? format) => string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase);
}
