using Microsoft.AspNetCore.Mvc.RazorPages;
using Threadline.Application.Queries.Leads;

namespace Threadline.Web.Pages;

/// <summary>The lead list: ranked network leads with their score parts, filtered and paged.</summary>
public sealed class IndexModel(Investigation investigation) : PageModel
{
    public LeadFilter Filter { get; private set; } = new();

    public PageOf<LeadRow> Leads { get; private set; } = new([], 0, 0, 0);

    public LeadChoices Choices { get; private set; } = new([], [], null, null, 0, 0);

    public bool Linked { get; private set; }

    public string Query => Request.QueryString.Value ?? string.Empty;

    public void OnGet(string? country, string? city, double? minScore, string? flagged, DateOnly? from, DateOnly? to, int? offset, int? limit)
    {
        Linked = investigation.Summary() is not null;
        // Flagged leads by default; "all" lists every network.
        Filter = new LeadFilter(country, city, minScore, !string.Equals(flagged, "all", StringComparison.Ordinal), from, to).Bounded();
        Leads = LeadQueries.List(investigation, Filter, offset, limit);
        Choices = LeadQueries.Choices(investigation);
    }
}
