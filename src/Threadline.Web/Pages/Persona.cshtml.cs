using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Threadline.Application.Queries.Personas;

namespace Threadline.Web.Pages;

/// <summary>One persona: why her ads are one woman, her ads, names, ages, phones over time, photos, map and timeline of her stays.</summary>
public sealed class PersonaModel(Investigation investigation, Assets.AssetCatalog assets) : PageModel
{
    public PersonaView View { get; private set; } = null!;

    public bool Pictures => assets.HasLibraries;

    public IActionResult OnGet(string id, int? offset, int? limit)
    {
        if (PersonaQueries.View(investigation, id, offset, limit) is not { } view)
        {
            return NotFound();
        }

        View = view;
        return Page();
    }
}
