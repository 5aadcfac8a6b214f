using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Threadline.Application.Cases.Chart;
using Threadline.Application.Queries;
using Threadline.Cases.Store;
using Threadline.Security.Access;
using Threadline.Web.Assets;
using Threadline.Web.Cases;
using Threadline.Web.Security;

namespace Threadline.Web.Pages;

/// <summary>
/// The case's own link chart (<c>/cases/REF/chart</c>): the attached network's generated graph plus what analysts added
/// by hand, with forms to add entities and links, hide, show and annotate nodes (members of the case file only; pins are
/// set by dragging, through the API), and the exports through the handling codes.
/// </summary>
[Access(AccessKind.CaseData)]
public sealed class CaseChartModel(Investigation investigation, AssetCatalog assets) : PageModel
{
    public CaseFile Current { get; private set; } = null!;

    public CaseChartGraph Chart { get; private set; } = null!;

    public bool CanWrite { get; private set; }

    public bool Pictures => assets.HasLibraries;

    /// <summary>The error of the last form, naming the field.</summary>
    public string? Error { get; private set; }

    public string? ErrorField { get; private set; }

    public IActionResult OnGet(string reference)
    {
        using var work = CaseWrites.Open(HttpContext, reference);
        if (work is null)
        {
            return NotFound();
        }

        Load(work);
        return Page();
    }

    public IActionResult OnPostEntity(string reference, string? id, string? type, string? label, string? source, string? marking, string? conditions, string? personId, string? date, string? note) =>
        Post(reference, work => ChartWrites.AddEntity(work, new ChartEntityInput(id, type, label, source, marking, conditions, personId, date, note)));

    public IActionResult OnPostLink(string reference, string? id, string? from, string? to, string? type, string? source, string? marking, string? conditions, string? date, string? note) =>
        Post(reference, work => ChartWrites.AddLink(work, investigation, new ChartLinkInput(id, from, to, type, source, marking, conditions, date, note, true)));

    public IActionResult OnPostView(string reference, string? action, string? node, string? text) =>
        Post(reference, work => ChartWrites.ChangeView(work, new ChartViewInput(action, node, text, action == "base" ? node : null, null)));

    private IActionResult Post(string reference, Action<CaseWork> write)
    {
        using var work = CaseWrites.Open(HttpContext, reference);
        if (work is null)
        {
            return NotFound();
        }

        try
        {
            write(work);
            return Redirect("/cases/" + Uri.EscapeDataString(work.Reference) + "/chart");
        }
        catch (CaseWriteRefusedException)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or KeyNotFoundException)
        {
            Error = e.Message;
            ErrorField = e is ArgumentException a ? CaseWrites.Field(a) : null;
            Response.StatusCode = e is ArgumentException ? StatusCodes.Status400BadRequest : StatusCodes.Status409Conflict;
            Load(work);
            return Page();
        }
    }

    private void Load(CaseWork work)
    {
        Current = work.Reload();
        CanWrite = work.CanWrite;
        Chart = CaseCharts.Build(investigation, work.Files, work.Reference);
    }
}
