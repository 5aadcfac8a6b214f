using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Threadline.Application.Queries.Accounts;

namespace Threadline.Web.Pages;

/// <summary>One bank account: findings with evidence, ties to leads, flows in and out, traces as a flow diagram.</summary>
public sealed class AccountModel(Investigation investigation) : PageModel
{
    public AccountView View { get; private set; } = null!;

    /// <summary>"Lead #N" for a network id.</summary>
    public string Lead(string networkId) => investigation.LeadLabel(networkId);

    public IActionResult OnGet(string key, int? offset, int? limit)
    {
        if (AccountQueries.View(investigation, key, offset, limit) is not { } view)
        {
            return NotFound();
        }

        View = view;
        return Page();
    }
}
