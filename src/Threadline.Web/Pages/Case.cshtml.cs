using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Threadline.Cases.Store;
using Threadline.Storage.Engines;

namespace Threadline.Web.Pages;

/// <summary>
/// One case, read-only: header, attachments with their snapshot, persons (victims by pseudonym only), graded notes,
/// warrants and requests with their deadlines, the action day board. Victim records are never read here, and deadlines
/// are taken for no user, so no reflection period shows. NOTE: before this is served to more than one analyst it needs
/// the server's sign-in and the case-membership check (a non-member gets the same 404 as for a case that does not
/// exist), and deadlines then for the signed-in user.
/// </summary>
public sealed class CaseModel(WorkspaceHolder workspace) : PageModel
{
    public CaseFile Current { get; private set; } = null!;

    public IReadOnlyList<CaseDeadline> Deadlines { get; private set; } = [];

    public DateTimeOffset Now { get; } = DateTimeOffset.UtcNow;

    public IActionResult OnGet(string reference)
    {
        if (string.IsNullOrEmpty(reference) || reference.Length > 64)
        {
            return NotFound();
        }

        using var store = WorkspaceStores.OpenCases(workspace.Store, readOnly: true);
        var files = new CaseFiles(store);
        if (files.Find(reference) is not { } file)
        {
            return NotFound();
        }

        Current = file;
        Deadlines = files.Deadlines(string.Empty, reference);
        return Page();
    }
}
