using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Threadline.Application.Cases;
using Threadline.Cases.Model;
using Threadline.Cases.Store;
using Threadline.Web.Cases;

namespace Threadline.Web.Pages;

/// <summary>
/// One case file of the active compartment, and the place to work on it: every member of the compartment reads it
/// (victims by pseudonym only, deadlines as the signed-in user may see them: reflection periods only of the victim
/// records he or she may open); members of the case file write to it through the forms here (status, members,
/// attachments, persons, notes/hypotheses/tasks, warrants, requests, JITs), each audited before it is written
/// (<see cref="CaseWrites"/>). A case that does not exist and one of another compartment answer the same 404.
/// </summary>
public sealed class CaseModel : PageModel
{
    public CaseFile Current { get; private set; } = null!;

    public IReadOnlyList<CaseDeadline> Deadlines { get; private set; } = [];

    public IReadOnlyList<NetworkChange> Changes { get; private set; } = [];

    public IReadOnlyList<CaseJit> Jits { get; private set; } = [];

    public bool CanWrite { get; private set; }

    public bool IsLead { get; private set; }

    public bool SeesVictims { get; private set; }

    public string Roles { get; private set; } = string.Empty;

    public DateTimeOffset Now { get; private set; }

    /// <summary>What the last write did.</summary>
    public string? Message { get; private set; }

    /// <summary>Why the last write was refused, naming the field.</summary>
    public string? Error { get; private set; }

    public IActionResult OnGet(string reference) => Show(reference, null);

    public IActionResult OnPostStatus(string reference, StatusInput input) => Show(reference, input);

    public IActionResult OnPostMember(string reference, MemberInput input) => Show(reference, input);

    public IActionResult OnPostAttach(string reference, AttachInput input) => Show(reference, input);

    public IActionResult OnPostPerson(string reference, PersonInput input) => Show(reference, input);

    public IActionResult OnPostEntry(string reference, EntryInput input) => Show(reference, input);

    public IActionResult OnPostWarrant(string reference, WarrantInput input) => Show(reference, input);

    public IActionResult OnPostRequest(string reference, RequestInput input) => Show(reference, input);

    public IActionResult OnPostJit(string reference, JitInput input) => Show(reference, input);

    private IActionResult Show(string reference, ICaseInput? input)
    {
        using var work = CaseWrites.Open(HttpContext, reference);
        if (work is null)
        {
            return input is null ? NotFound() : PostAnswers.NotFound();
        }

        if (input is not null)
        {
            try
            {
                Message = input.Apply(work);
                _ = work.Reload();
            }
            catch (Exception e) when (CaseWrites.Refusal(e) is { } refused)
            {
                Error = e.Message;
                Response.StatusCode = refused.Status;
            }
        }

        Current = work.File;
        Now = work.Now;
        CanWrite = work.CanWrite;
        IsLead = work.IsLead;
        SeesVictims = VictimWork.MaySee(work);
        Roles = string.Join(", ", work.Roles.Select(r => Field.Dashed(r.ToString())).Order(StringComparer.Ordinal));
        Deadlines = CaseViewBuilder.Deadlines(work);
        Changes = CaseViewBuilder.Changes(work);
        Jits = work.Files.Jits(work.Reference);
        return Page();
    }

    /// <summary>The choices of an enum as forms write them.</summary>
    public static IEnumerable<string> Choices<T>()
        where T : struct, Enum => Enum.GetNames<T>().Select(Field.Dashed);

    /// <summary>The roles a lead may give (the lead is handed over, not added).</summary>
    public static IEnumerable<string> MemberRoles => Choices<CaseRole>().Where(r => r != "lead");
}
