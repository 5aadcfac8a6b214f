using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Threadline.Application.Queries.Networks;

namespace Threadline.Web.Pages;

/// <summary>One network lead: score breakdown, link chart, movement map and timeline, personas, evidence, bookings, money.</summary>
public sealed class NetworkModel(Investigation investigation, Assets.AssetCatalog assets) : PageModel
{
    public NetworkView View { get; private set; } = null!;

    public bool Pictures => assets.HasLibraries;

    public IActionResult OnGet(string id, int? offset, int? limit)
    {
        if (NetworkQueries.View(investigation, id, offset, limit) is not { } view)
        {
            return NotFound();
        }

        View = view;
        return Page();
    }
}
