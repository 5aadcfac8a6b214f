using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Threadline.Security.Access;
using Threadline.Web.Cases;
using Threadline.Web.Security;

namespace Threadline.Web.Pages;

/// <summary>
/// Opens a case from a network lead (the form on the network page posts here): the lead with a snapshot of its members
/// and scores as of now; the opener becomes its lead. Bad input shows the form again naming the field.
/// </summary>
[Access(AccessKind.CaseData)]
public sealed class CaseOpenModel : PageModel
{
    [BindProperty(SupportsGet = true)]
    public OpenInput Input { get; set; } = new();

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public IActionResult OnPost()
    {
        try
        {
            var file = Input.Apply(HttpContext);
            return Redirect("/cases/" + Uri.EscapeDataString(file.Reference));
        }
        catch (CaseWriteRefusedException e)
        {
            Error = e.Message;
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return Page();
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            Error = e.Message;
            Response.StatusCode = e is ArgumentException ? StatusCodes.Status400BadRequest : StatusCodes.Status409Conflict;
            return Page();
        }
    }
}
