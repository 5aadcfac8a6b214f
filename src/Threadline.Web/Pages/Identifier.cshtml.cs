using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Threadline.Application.Queries.Identifiers;

namespace Threadline.Web.Pages;

/// <summary>A phone, e-mail or handle: every ad and persona, the leads, first and last seen, the hub decision.</summary>
public sealed class IdentifierModel(Investigation investigation) : PageModel
{
    public IdentifierView View { get; private set; } = null!;

    /// <summary>"Lead #N" for a network id.</summary>
    public string Lead(string networkId) => investigation.LeadLabel(networkId);

    public string Segment { get; private set; } = "phones";

    public IActionResult OnGet(string kind, string value, int? offset, int? limit)
    {
        var k = kind switch
        {
            "phones" => IdentifierKind.Phone,
            "emails" => IdentifierKind.Email,
            "handles" => IdentifierKind.Handle,
            _ => (IdentifierKind?)null,
        };
        if (k is null || IdentifierQueries.View(investigation, k.Value, value, offset, limit) is not { } view)
        {
            return NotFound();
        }

        Segment = kind;
        View = view;
        return Page();
    }
}
