using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Threadline.Web.Pages;

/// <summary>
/// The page shown for a missing page or a failure: the status and a way back, never a stack trace. A refused form post
/// is re-executed here as a POST (the status-code pages keep the method), so POST answers the same page; it changes
/// nothing, so it needs no anti-forgery token (the refused request's own check already ran).
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public int Code { get; private set; }

    public void OnGet(int code) => Code = code is >= 400 and <= 599 ? code : 500;

    public void OnPost(int code) => OnGet(code);
}
