using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Threadline.Cases.Model;
using Threadline.Cases.Store;
using Threadline.Security.Access;
using Threadline.Web.ActionDays;
using Threadline.Web.Cases;
using Threadline.Web.Security;

namespace Threadline.Web.Pages;

/// <summary>
/// The action-day planner of one case: targets per country with their evidence (suggested from the attached networks),
/// teams with their roster, briefing and equipment, and the H-hour set once and shown on each team's clock. Members of
/// the compartment read it; members of the case file plan (<see cref="CaseWork.Write"/>: checked and audited).
/// </summary>
[Access(AccessKind.CaseData)]
public sealed class ActionDayModel(RequestCase request) : PageModel
{
    public CaseFile CaseFile { get; private set; } = null!;

    public IReadOnlyCollection<CaseRole> Roles { get; private set; } = [];

    public PlanView Plan { get; private set; } = null!;

    public bool CanWrite { get; private set; }

    /// <summary>The error of the last form, naming its field.</summary>
    public string? Error { get; private set; }

    /// <summary>What the last form did.</summary>
    public string? Done { get; private set; }

    public IActionResult OnGet(string reference, string? day, string? done)
    {
        using var work = CaseWrites.Open(HttpContext, reference);
        Done = done switch
        {
            "target" => "Target added.",
            "team" => "Team added.",
            "hhour" => "H-hour set.",
            _ => null,
        };
        return Show(work, day);
    }

    public IActionResult OnPostTarget(string reference, string? day, string? id, string? country, string? kind, string? description, string? evidence, string? why) =>
        Change(reference, day, "target", (work, d) => ActionDayWrites.AddTarget(work, d, new TargetInput(id, country, kind, description, evidence, why)));

    public IActionResult OnPostTeam(string reference, string? day, string? id, string? name, string? zone, string? lead, string? members, string? interpreter,
        string? victimSupport, string? financial, string[]? targets, string? briefing, string? equipment) =>
        Change(reference, day, "team", (work, d) => ActionDayWrites.AddTeam(work, d, new TeamInput(id, name, zone, lead, ActionDayForms.Split(members, commas: true),
            interpreter, victimSupport, financial, targets ?? [], briefing, ActionDayForms.Split(equipment, commas: false))));

    public IActionResult OnPostHHour(string reference, string? day, string? date, string? time, string? zone) =>
        Change(reference, day, "hhour", (work, d) => ActionDayWrites.SetHHour(work, d, new HHourInput(date, time, zone)));

    private IActionResult Change(string reference, string? day, string what, Func<CaseWork, string, object> change)
    {
        using var work = CaseWrites.Open(HttpContext, reference);
        if (work is null || !Api.ActionDayApi.ValidDay(day))
        {
            return NotFound();
        }

        var dayId = ActionDayViews.DayOf(work.File, day).Id;
        try
        {
            change(work, dayId);
        }
        catch (CaseWriteRefusedException)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException)
        {
            Error = e is FieldException ? e.Message : e is ArgumentException a && a.ParamName is { } field ? field + ": " + Trim(a) : e.Message;
            Response.StatusCode = e is InvalidOperationException ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
            work.Reload();
            return Show(work, day);
        }

        var query = "?done=" + what + (day is null ? string.Empty : "&day=" + Uri.EscapeDataString(day));
        return Redirect("/cases/" + Uri.EscapeDataString(work.Reference) + "/action-day" + query + "#" + (what == "hhour" ? "hhour" : what + "s"));
    }

    private IActionResult Show(CaseWork? work, string? day)
    {
        if (work is null || !Api.ActionDayApi.ValidDay(day))
        {
            return NotFound();
        }

        CaseFile = work.File;
        Roles = work.Roles;
        CanWrite = work.CanWrite;
        Plan = ActionDayViews.Plan(work.File, ActionDayViews.DayOf(work.File, day), request.RequireWorkspace().Investigation);
        return Page();
    }

    private static string Trim(ArgumentException e)
    {
        var m = e.Message;
        var i = m.IndexOf(" (Parameter '", StringComparison.Ordinal);
        return i > 0 ? m[..i] : m;
    }
}
