using Microsoft.AspNetCore.Mvc.RazorPages;
using Threadline.Cases.Store;
using Threadline.Storage.Engines;
using Threadline.Web.Security;

namespace Threadline.Web.Pages;

/// <summary>
/// The case files of the active compartment's workspace, for its members (the access check ran first), with whether
/// the user is a member of each (members write to it). A case file that is itself another registered compartment is
/// left out, as <see cref="Cases.CaseWrites.Open"/> answers 404 for it.
/// </summary>
public sealed class CasesModel(WorkspaceHolder workspace, ServerSecurity security, RequestCase request) : PageModel
{
    public IReadOnlyList<CaseHeader> Cases { get; private set; } = [];

    /// <summary>The references of the case files the user is a member of.</summary>
    public IReadOnlySet<string> Mine { get; private set; } = new HashSet<string>();

    public void OnGet()
    {
        using var store = WorkspaceStores.OpenCases(workspace.Store, readOnly: true);
        var files = new CaseFiles(store);
        var compartment = request.Case?.Reference;
        Cases = [.. files.List().Where(h => string.Equals(h.Reference, compartment, StringComparison.Ordinal) || security.FindCase(h.Reference) is null)];
        var user = request.User?.Name ?? string.Empty;
        Mine = Cases.Where(h => files.Find(h.Reference)?.Case.IsMember(user) == true).Select(h => h.Reference).ToHashSet(StringComparer.Ordinal);
    }
}
