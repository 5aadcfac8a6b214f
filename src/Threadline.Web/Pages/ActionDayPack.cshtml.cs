using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Threadline.Security.Access;
using Threadline.Web.ActionDays;
using Threadline.Web.Security;

namespace Threadline.Web.Pages;

/// <summary>
/// One team's printable briefing pack: its targets with their evidence (handling codes applied for the case team, with
/// the marking beside each item), its roster, briefing, equipment and H-hour on its own clock, and nothing of any other
/// team. Opening it is a disclosure: it needs a reason (<c>?reason=</c>, asked on the planner) and is audited with it.
/// </summary>
[Access(AccessKind.Disclosure)]
public sealed class ActionDayPackModel(RequestCase request) : PageModel
{
    public PackView Pack { get; private set; } = null!;

    public string Reason { get; private set; } = string.Empty;

    public string By { get; private set; } = string.Empty;

    public DateTimeOffset At { get; } = DateTimeOffset.UtcNow;

    public IActionResult OnGet(string reference, string team, string? day, string? reason)
    {
        if (!Api.ActionDayApi.ValidDay(day) || team is not { Length: > 0 and <= 64 } || CaseFileAccess.Read(request, reference) is not { } read
            || ActionDayViews.Pack(read.File, ActionDayViews.DayOf(read.File, day), team) is not { } pack)
        {
            return NotFound();
        }

        Pack = pack;
        Reason = reason ?? string.Empty;
        By = request.User?.Name ?? string.Empty;
        return Page();
    }
}
