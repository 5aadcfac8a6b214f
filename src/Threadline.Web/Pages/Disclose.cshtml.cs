using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Threadline.Web.Pages;

/// <summary>
/// Asks the reason for a disclosure (a download for another tool, a CSV table) before it happens: the download then
/// carries the reason, the access check refuses it without one, and the audit trail keeps case and reason.
/// </summary>
public sealed class DiscloseModel : PageModel
{
    /// <summary>Longest reason.</summary>
    public const int MaxReason = 1000;

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Reason { get; set; }

    public string? Message { get; private set; }

    public IActionResult OnGet()
    {
        if (!IsDownload(To))
        {
            return NotFound();
        }

        if (Reason is null)
        {
            return Page();
        }

        var reason = Reason.Trim();
        if (reason.Length is 0 or > MaxReason || reason.Any(char.IsControl))
        {
            Message = $"Give the reason for this disclosure (1 to {MaxReason} characters).";
            return Page();
        }

        return Redirect(To + (To!.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "reason=" + Uri.EscapeDataString(reason));
    }

    /// <summary>Only this app's own API addresses.</summary>
    public static bool IsDownload(string? to) =>
        to is { Length: > 5 and <= 2000 } && to.StartsWith("/api/", StringComparison.Ordinal) && !to.Contains("//", StringComparison.Ordinal)
            && !to.Contains('\\', StringComparison.Ordinal) && !to.Any(char.IsControl);
}
