using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Threadline.Security.Access;
using Threadline.Web.ActionDays;
using Threadline.Web.Security;

namespace Threadline.Web.Pages;

/// <summary>
/// The live board of an action day: every team's status and outcomes and the summary by country. The page is drawn on
/// the server, then <c>assets/js/board.js</c> polls the board's JSON (ETag, so an unchanged board is a 304) and redraws
/// it, so everyone in the case sees reports come in without reloading.
/// </summary>
[Access(AccessKind.CaseData)]
public sealed class ActionDayBoardModel : PageModel
{
    public BoardView Board { get; private set; } = null!;

    public string Source { get; private set; } = string.Empty;

    public IActionResult OnGet(string reference, string? day)
    {
        using var read = Cases.CaseWrites.Open(HttpContext, reference);
        if (!Api.ActionDayApi.ValidDay(day) || read is null)
        {
            return NotFound();
        }

        Board = ActionDayViews.Board(read.File, ActionDayViews.DayOf(read.File, day));
        Source = "/api/cases/" + Uri.EscapeDataString(read.File.Reference) + "/action-day/board" + (day is null ? string.Empty : "?day=" + Uri.EscapeDataString(day));
        return Page();
    }
}
