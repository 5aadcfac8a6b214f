using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Threadline.Application.Cases;
using Threadline.Security.Access;
using Threadline.Web.Cases;
using Threadline.Web.Security;

namespace Threadline.Web.Pages;

/// <summary>
/// The persons of a case from its sources: candidate persons (bookers, account holders, ad contacts), the matches
/// proposed across sources with their evidence, and the persons confirmed from them. Every member of the compartment
/// reads; members of the case file gather and decide (confirm, reject, unsure; a reason always, the data-subject
/// category for a new person), each audited before it is written. Another compartment's case: 404.
/// </summary>
[Access(AccessKind.CaseData)]
public sealed class CasePersonsModel : PageModel
{
    public CasePersonsReport Report { get; private set; } = null!;

    public bool CanWrite { get; private set; }

    public string? Message { get; private set; }

    public string? Error { get; private set; }

    public IActionResult OnGet(string reference) => Show(reference, null);

    public IActionResult OnPostPropose(string reference, double? threshold) =>
        Show(reference, work =>
        {
            var r = PersonsWork.Propose(work, threshold);
            return $"{r.Records.Records.Length} candidate persons; {r.Proposed.Count} matches across sources ({r.Saved.New} new, {r.Saved.Rescored} re-scored, {r.Saved.Decided} decided earlier){(r.Note is null ? string.Empty : ": " + r.Note)}";
        });

    public IActionResult OnPostDecide(string reference, string? match, string? decision, string? reason, string? category, string? person) =>
        Show(reference, work =>
        {
            var d = PersonsWork.Decide(work, match, decision, reason, category, person);
            return $"match {match} {d.Status.ToString().ToLowerInvariant()}{(d.PersonId is null ? string.Empty : " as person " + d.PersonId)}";
        });

    private IActionResult Show(string reference, Func<CaseWork, string>? write)
    {
        using var work = CaseWrites.Open(HttpContext, reference);
        if (work is null)
        {
            return write is null ? NotFound() : PostAnswers.NotFound();
        }

        if (write is not null)
        {
            try
            {
                Message = write(work);
                _ = work.Reload();
            }
            catch (Exception e) when (CaseWrites.Refusal(e) is { } refused)
            {
                Error = e.Message;
                Response.StatusCode = refused.Status;
            }
        }

        CanWrite = work.CanWrite;
        Report = CasePersonsReport.Of(work.Files, work.Reference);
        return Page();
    }
}
