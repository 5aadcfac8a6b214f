namespace Threadline.Web.Api;

/// <summary>Every page's data under <c>/api/…</c>, as JSON (paged where a list can grow) and, for lists, as CSV.</summary>
internal static class ApiEndpoints
{
    /// <summary>
    /// Maps the API and the photos under one group and returns it, so a policy (sign-in, a role) is added to every data
    /// endpoint in one call.
    /// </summary>
    public static RouteGroupBuilder MapThreadlineApi(this IEndpointRouteBuilder app)
    {
        var data = app.MapGroup(string.Empty);
        var api = data.MapGroup("/api");
        api.MapLeadsApi();
        api.MapNetworksApi();
        api.MapPersonasApi();
        api.MapAdsApi();
        api.MapIdentifiersApi();
        api.MapAccountsApi();
        api.MapSearchApi();
        Cases.CaseWrites.MapCaseWritesApi(api);
        api.MapCasesApi();
        api.MapActionDayApi();
        api.MapCaseChartApi();
        api.MapCasePersonsApi();
        data.MapPhotos();
        return data;
    }

    /// <summary>True when the caller asked for CSV (<c>?format=csv</c>).</summary>
    public static bool WantsCsv(string? format) => string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase);
}
