using Microsoft.AspNetCore.Mvc.RazorPages;
using Threadline.Application.Queries.Search;

namespace Threadline.Web.Pages;

/// <summary>Search: full text with snippets and facets; a phone in any form, an e-mail, a handle or an IBAN finds its entity.</summary>
public sealed class SearchModel(Investigation investigation) : PageModel
{
    public SearchView View { get; private set; } = new(string.Empty, [], [], 0, 0, false, [], 0);

    public void OnGet(string? q, int? offset, int? limit) => View = SearchQueries.Run(investigation, q, offset, limit);
}
