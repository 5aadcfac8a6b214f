using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Threadline.Cases.Deadlines;
using Threadline.Cases.Victims;
using Threadline.Security.Access;
using Threadline.Web.Cases;
using Threadline.Web.Security;

namespace Threadline.Web.Pages;

/// <summary>
/// One victim record: 404 for anyone who is not victim support or the lead of the case file (the same answer as for a
/// record that does not exist); for them, a reason first, then the record — referral, reflection period with its end
/// and alert, residence steps, rights information, consent, interpreter — and its changes, each audited with the reason.
/// </summary>
[Access(AccessKind.CaseData)]
public sealed class CaseVictimModel : PageModel
{
    public string Reference { get; private set; } = string.Empty;

    public string Pseudonym { get; private set; } = string.Empty;

    public string? Reason { get; private set; }

    public VictimRecord? Record { get; private set; }

    public DeadlineAlert? Reflection { get; private set; }

    public IReadOnlyList<ResidenceStepDefinition> Steps { get; private set; } = [];

    public string? Error { get; private set; }

    public string? Message { get; private set; }

    public IActionResult OnGet(string reference, string pseudonym, string? reason)
    {
        using var work = CaseWrites.Open(HttpContext, reference);
        if (work is null || !VictimWork.MaySee(work) || VictimWork.Pseudonym(pseudonym) is not { } p)
        {
            return NotFound();
        }

        Reference = work.Reference;
        Pseudonym = p.Value;
        Reason = VictimWork.Reason(reason);
        if (reason is not null && Reason is null)
        {
            Error = $"reason: say why (1 to {VictimWork.MaxReason} characters).";
        }

        if (Reason is null)
        {
            return Page();
        }

        if (VictimWork.Open(work, Pseudonym, Reason) is not { } record)
        {
            return NotFound();
        }

        Fill(work, record);
        return Page();
    }

    public IActionResult OnPost(string reference, string pseudonym, VictimChangeInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        using var work = CaseWrites.Open(HttpContext, reference);
        if (work is null || !VictimWork.MaySee(work) || VictimWork.Pseudonym(pseudonym) is not { } p)
        {
            return PostAnswers.NotFound();
        }

        Reference = work.Reference;
        Pseudonym = p.Value;
        Reason = VictimWork.Reason(input.Reason);
        try
        {
            if (input.Apply(work, Pseudonym) is not { } changed)
            {
                return PostAnswers.NotFound();
            }

            Message = input.Change + " saved";
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

        if (Reason is null || work.Files.Victim(work.Reference, p, work.UserId) is not { } record)
        {
            return Reason is null ? Page() : PostAnswers.NotFound();
        }

        Fill(work, record);
        return Page();
    }

    private void Fill(CaseWork work, VictimRecord record)
    {
        Record = record;
        var deadline = CaseViewBuilder.Deadlines(work).FirstOrDefault(d => d.Source == "victim " + record.Pseudonym.Value);
        Reflection = deadline is null ? null : DeadlineAlert.At(deadline.Deadline, work.Now);
        Steps = record.Reflection is { } period ? work.Files.Rules.For(period.Country).ResidenceSteps : work.Files.Rules.For(null).ResidenceSteps;
    }
}
