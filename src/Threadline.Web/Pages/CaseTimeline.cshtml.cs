using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Threadline.Application.Cases;
using Threadline.Application.Queries;
using Threadline.Security.Access;
using Threadline.Web.Cases;
using Threadline.Web.Security;

namespace Threadline.Web.Pages;

/// <summary>
/// One timeline of everything dated in the case (<c>/cases/REF/timeline</c>), on <see cref="CaseTimeline.Build"/>:
/// stays, bookings, payments, notes, warrants, requests, the deadlines the signed-in user may see, the action day;
/// filtered by person and place, 100 events a page.
/// </summary>
[Access(AccessKind.CaseData)]
public sealed class CaseTimelineModel(Investigation investigation) : PageModel
{
    /// <summary>Events a page shows.</summary>
    public const int PageSize = 100;

    public string Reference { get; private set; } = string.Empty;

    public string Title { get; private set; } = string.Empty;

    public PageOf<TimelineEvent> Events { get; private set; } = null!;

    public bool Truncated { get; private set; }

    public IReadOnlyDictionary<string, int> Kinds { get; private set; } = new Dictionary<string, int>();

    [FromQuery(Name = "person")]
    public string? Person { get; set; }

    [FromQuery(Name = "place")]
    public string? Place { get; set; }

    [FromQuery(Name = "offset")]
    public int? Offset { get; set; }

    public string? Error { get; private set; }

    public IActionResult OnGet(string reference)
    {
        using var work = CaseWrites.Open(HttpContext, reference);
        if (work is null)
        {
            return NotFound();
        }

        Reference = work.Reference;
        Title = work.File.Header.Title;
        Person = string.IsNullOrWhiteSpace(Person) ? null : Person.Trim();
        Place = string.IsNullOrWhiteSpace(Place) ? null : Place.Trim();
        CaseTimelineResult timeline;
        try
        {
            timeline = CaseTimeline.Build(investigation.Store, work.Files, work.File, work.UserId, new TimelineFilter(Person, Place));
        }
        catch (ArgumentException e)
        {
            Error = e.Message;
            Person = null;
            Place = null;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            timeline = CaseTimeline.Build(investigation.Store, work.Files, work.File, work.UserId);
        }

        Truncated = timeline.Truncated;
        Kinds = timeline.Events.GroupBy(e => e.Kind, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        Events = Paging.Of(timeline.Events, Offset, PageSize);
        return Page();
    }
}
