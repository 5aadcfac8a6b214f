using Threadline.Application.Queries;
using Threadline.Application.Queries.Leads;
using Threadline.Linking;

namespace Threadline.Web.Api;

/// <summary><c>/api/leads</c>: the ranked network leads, filtered and paged; <c>/api/summary</c>: the last link run.</summary>
internal static class LeadsApi
{
    public static void MapLeadsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/summary", (Investigation inv) => Results.Ok(new SummaryAnswer(LinkResult.LeadNotice, inv.Summary())))
            .WithName("Summary").WithSummary("The counts of the last link run, and the notice every output carries.");
        api.MapGet("/leads", (Investigation inv, string? country, string? city, double? minScore, bool? flagged, DateOnly? from, DateOnly? to, int? offset, int? limit, string? format) =>
        {
            var filter = new LeadFilter(country, city, minScore, flagged ?? false, from, to);
            var page = LeadQueries.List(inv, filter, offset, limit);
            return ApiEndpoints.WantsCsv(format)
                ? Csv.File("leads", ["rank", "network", "score", "flagged", "women", "ads", "phones", "countries", "cities", "pattern", "first_seen", "last_seen", "summary"],
                    page.Items.Select(r => (IReadOnlyList<object?>)[r.Rank, r.Id, r.Score, r.Flagged, r.Women, r.Ads, r.Phones, r.Countries, r.Cities, r.Pattern, r.FirstSeen, r.LastSeen, r.Summary]))
                : Results.Ok(new LeadsAnswer(LinkResult.LeadNotice, filter.Bounded(), page));
        }).WithName("Leads").WithSummary("Network leads by rank (highest score first), filtered by country, city, score, flag and dates; JSON or ?format=csv.");
        api.MapGet("/leads/choices", (Investigation inv) => Results.Ok(LeadQueries.Choices(inv)))
            .WithName("LeadChoices").WithSummary("What the lead filters can be set to.");
    }

    /// <summary>The notice and the last link run's counts (null when linking never ran).</summary>
    internal sealed record SummaryAnswer(string Notice, LinkSummary? Summary);

    /// <summary>A page of leads with the filter as applied.</summary>
    internal sealed record LeadsAnswer(string Notice, LeadFilter Filter, PageOf<LeadRow> Leads);
}
