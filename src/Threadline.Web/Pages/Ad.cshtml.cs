using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Threadline.Application.Queries.Ads;

namespace Threadline.Web.Pages;

/// <summary>One ad: its text with every extraction marked, the findings with their evidence, where linking put it.</summary>
public sealed class AdModel(Investigation investigation) : PageModel
{
    public AdView View { get; private set; } = null!;

    public IActionResult OnGet(string id)
    {
        if (AdQueries.View(investigation, id) is not { } view)
        {
            return NotFound();
        }

        View = view;
        return Page();
    }
}
