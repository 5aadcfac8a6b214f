using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Threadline.Cases.Model;
using Threadline.Cases.Store;
using Threadline.Security.Access;
using Threadline.Web.ActionDays;
using Threadline.Web.Security;

namespace Threadline.Web.Pages;

/// <summary>
/// The action-day planner of one case: targets per country with their evidence (suggested from the attached networks),
/// teams with their roster, briefing and equipment, and the H-hour set once and shown on each team's clock. Members of
/// the case file only (anyone else: 404); observers and the magistrate read it, the others plan.
/// </summary>
[Access(AccessKind.CaseData)]
public sealed partial class ActionDayModel(RequestCase request) : PageModel
{
    public CaseFile CaseFile { get; private set; } = null!;

    public CaseRole Role { get; private set; }

    public PlanView Plan { get; private set; } = null!;

    public bool CanWrite => CaseFileAccess.CanWrite(Role);

    /// <summary>The error of the last form, naming its field.</summary>
    public string? Error { get; private set; }

    /// <summary>What the last form did.</summary>
    public string? Done { get; private set; }

    public IActionResult OnGet(string reference, string? day) => Show(reference, day);

    private IActionResult Show(string reference, string? day)
    {
        if (!Api.ActionDayApi.ValidDay(day) || CaseFileAccess.Read(request, reference) is not { } read)
        {
            return NotFound();
        }

        CaseFile = read.File;
        Role = read.Role;
        Plan = ActionDayViews.Plan(read.File, ActionDayViews.DayOf(read.File, day), request.RequireWorkspace().Investigation);
        return Page();
    }
}
