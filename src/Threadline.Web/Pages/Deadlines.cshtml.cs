using Microsoft.AspNetCore.Mvc.RazorPages;
using Threadline.Web.Cases;

namespace Threadline.Web.Pages;

/// <summary>
/// What needs attention across the signed-in user's cases (<see cref="DeadlineBoard"/>): overdue deadlines and those
/// passing within the window, of the case files he or she is a member of, in every compartment he or she belongs to.
/// </summary>
public sealed class DeadlinesModel : PageModel
{
    public IReadOnlyList<DeadlineView> Items { get; private set; } = [];

    public int Days { get; private set; } = 14;

    public void OnGet(int? days)
    {
        Days = Math.Clamp(days ?? 14, 0, 366);
        Items = DeadlineBoard.For(HttpContext, TimeSpan.FromDays(Days));
    }
}
