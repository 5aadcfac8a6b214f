using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Threadline.Security.Access;
using Threadline.Web.ActionDays;
using Threadline.Security.Audit;
using Threadline.Web.Security;

namespace Threadline.Web.Pages;

/// <summary>
/// One team's printable briefing pack: its targets with their evidence (handling codes applied for the case team, with
/// the marking beside each item), its roster, briefing, equipment and H-hour on its own clock, and nothing of any other
/// team. Opening it is a disclosure: it needs a reason (<c>?reason=</c>, asked on the planner) and is audited with it.
/// </summary>
[Access(AccessKind.Disclosure)]
public sealed class ActionDayPackModel : PageModel
{
    public PackView Pack { get; private set; } = null!;

    public string Reason { get; private set; } = string.Empty;

    public string By { get; private set; } = string.Empty;

    public DateTimeOffset At { get; private set; }

    public IActionResult OnGet(string reference, string team, string? day, string? reason)
    {
        using var work = Cases.CaseWrites.Open(HttpContext, reference);
        if (!Api.ActionDayApi.ValidDay(day) || team is not { Length: > 0 and <= 64 } || work is null
            || ActionDayViews.Pack(work.File, ActionDayViews.DayOf(work.File, day), team) is not { } pack)
        {
            return NotFound();
        }

        // The access check recorded the disclosure for the compartment; this record names the case file and the team.
        Reason = reason ?? string.Empty;
        work.Audit(AuditAction.Disclosure, $"action day {pack.Day}: briefing pack of team {pack.Team} opened ({pack.Targets.Count} targets)", Reason);
        Pack = pack;
        By = work.UserId;
        At = work.Now;
        return Page();
    }
}
