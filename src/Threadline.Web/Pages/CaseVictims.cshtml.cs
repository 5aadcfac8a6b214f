using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Threadline.Cases.Victims;
using Threadline.Security.Access;
using Threadline.Web.Cases;
using Threadline.Web.Security;

namespace Threadline.Web.Pages;

/// <summary>
/// The victim records of a case, for its victim-support members and its lead only (anyone else: 404, as for a case
/// that does not exist, whether or not records exist); a reason is asked before they are listed, and goes into the
/// audit trail with every consultation and change. New records are made here (the case gets the pseudonym only).
/// </summary>
[Access(AccessKind.CaseData)]
public sealed class CaseVictimsModel : PageModel
{
    public string Reference { get; private set; } = string.Empty;

    public string? Reason { get; private set; }

    public IReadOnlyList<VictimRecord> Records { get; private set; } = [];

    public string? Error { get; private set; }

    public VictimRecord? Added { get; private set; }

    public IActionResult OnGet(string reference, string? reason)
    {
        using var work = CaseWrites.Open(HttpContext, reference);
        if (work is null || !VictimWork.MaySee(work))
        {
            return NotFound();
        }

        Reference = work.Reference;
        if (reason is not null && VictimWork.Reason(reason) is null)
        {
            Error = $"reason: say why (1 to {VictimWork.MaxReason} characters).";
        }

        Reason = VictimWork.Reason(reason);
        if (Reason is not null)
        {
            Records = VictimWork.List(work, Reason);
        }

        return Page();
    }

    public IActionResult OnPost(string reference, VictimInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        using var work = CaseWrites.Open(HttpContext, reference);
        if (work is null || !VictimWork.MaySee(work))
        {
            return PostAnswers.NotFound();
        }

        Reference = work.Reference;
        Reason = VictimWork.Reason(input.Reason);
        try
        {
            Added = input.Apply(work);
        }
        catch (CaseWriteRefusedException)
        {
            return PostAnswers.NotFound();
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            Error = e.Message;
            Response.StatusCode = e is ArgumentException ? StatusCodes.Status400BadRequest : StatusCodes.Status409Conflict;
        }

        if (Reason is not null)
        {
            Records = VictimWork.List(work, Reason);
        }

        return Page();
    }
}
