using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Threadline.Web.Pages;

/// <summary>The page shown for a missing page or a failure: the status and a way back, never a stack trace.</summary>
public sealed class StatusModel : PageModel
{
    public int Code { get; private set; }

    public void OnGet(int code) => Code = code is >= 400 and <= 599 ? code : 500;
}
