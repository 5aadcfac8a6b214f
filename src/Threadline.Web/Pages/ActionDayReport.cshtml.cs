using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Threadline.Cases.Model;
using Threadline.Security.Access;
using Threadline.Web.ActionDays;
using Threadline.Web.Security;

namespace Threadline.Web.Pages;

/// <summary>
/// A team's report page, sized for a phone: the team's H-hour on its own clock, its status, and a form to report a new
/// status with the outcomes found since the last report (persons found, arrests, victims by pseudonym with their
/// referral, items seized, cash by currency).
/// </summary>
[Access(AccessKind.CaseData)]
public sealed partial class ActionDayReportModel(RequestCase request) : PageModel
{
    /// <summary>Rows of each repeatable kind the form offers.</summary>
    public const int Rows = 3;

    public TeamBoard Team { get; private set; } = null!;

    public string Case { get; private set; } = string.Empty;

    public string Day { get; private set; } = string.Empty;

    public CaseRole Role { get; private set; }

    public bool CanWrite => CaseFileAccess.CanWrite(Role);

    public string? Error { get; private set; }

    public string? Done { get; private set; }

    public IActionResult OnGet(string reference, string team, string? day) => Show(reference, team, day);

    private IActionResult Show(string reference, string team, string? day)
    {
        if (!Api.ActionDayApi.ValidDay(day) || team is not { Length: > 0 and <= 64 } || CaseFileAccess.Read(request, reference) is not { } read)
        {
            return NotFound();
        }

        var d = ActionDayViews.DayOf(read.File, day);
        if (ActionDayViews.Board(read.File, d).Teams.FirstOrDefault(t => string.Equals(t.Id, team, StringComparison.Ordinal)) is not { } board)
        {
            return NotFound();
        }

        Team = board;
        Case = read.File.Reference;
        Day = d.Id;
        Role = read.Role;
        return Page();
    }
}
