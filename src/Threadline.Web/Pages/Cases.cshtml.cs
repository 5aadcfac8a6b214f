using Microsoft.AspNetCore.Mvc.RazorPages;
using Threadline.Cases.Store;
using Threadline.Storage.Engines;

namespace Threadline.Web.Pages;

/// <summary>
/// The workspace's cases, read-only. NOTE: a case is a compartment; before this is served to more than one analyst it
/// needs the server's sign-in and the case-membership check (only members see a case exists), as the API will.
/// </summary>
public sealed class CasesModel(WorkspaceHolder workspace) : PageModel
{
    public IReadOnlyList<CaseHeader> Cases { get; private set; } = [];

    public void OnGet()
    {
        using var store = WorkspaceStores.OpenCases(workspace.Store, readOnly: true);
        Cases = new CaseFiles(store).List();
    }
}
