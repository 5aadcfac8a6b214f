using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.WebUtilities;
using Threadline.Cases.Store;
using Threadline.Storage.Engines;
using Threadline.Web.Security;

namespace Threadline.Web.Cases;

/// <summary>
/// The foundation every case page and case API endpoint stands on: resolve the case file of a request, decide who may
/// write, audit before writing, and refuse forged writes.
/// </summary>
/// <remarks>
/// <para><b>A page</b> (listed in <see cref="WebApp.DataPages"/>, so <see cref="RequestAccess"/> has already checked and
/// audited the compartment):</para>
/// <code>
/// public IActionResult OnPost(string reference, string body)
/// {
///     using var work = CaseWrites.Open(HttpContext, reference);
///     if (work is null) return NotFound();                         // missing, or not in this compartment: one 404
///     try { work.Write("note N1 added").PutEntry(work.Reference, entry, work.UserId, work.Now); }
///     catch (CaseWriteRefusedException) { return StatusCode(403); } // a reader of the compartment, not a member of the file
///     catch (ArgumentException e) { ModelState.AddModelError(CaseWrites.Field(e), e.Message); return Page(); }
///     return Redirect("/cases/" + work.Reference);
/// }
/// </code>
/// <para>Razor Pages check the anti-forgery token of every POST form themselves (<c>&lt;form method="post"&gt;</c> adds it).</para>
/// <para><b>A JSON API write</b> (mapped in the <c>/api</c> group, which carries the compartment check): use
/// <see cref="Api"/>, which answers 404 / 400 (no or a bad <c>X-CSRF-TOKEN</c> header, from <c>GET /api/csrf</c>;
/// bad input naming the field) / 403 (not a member of the case file) / 409 (the case refuses the change, e.g. closed)
/// and audits the alteration before running the write:</para>
/// <code>
/// api.MapPost("/cases/{reference}/notes", (HttpContext http, string reference, NoteInput input) =>
///     CaseWrites.Api(http, reference, "note " + input.Id + " added", work =>
///     {
///         var entry = ...;                                         // build and check first: an ArgumentException is a 400
///         return work.Write("note " + entry.Id + " added").PutEntry(work.Reference, entry, work.UserId, work.Now);
///     }));
/// </code>
/// </remarks>
public static class CaseWrites
{
    /// <summary>Longest case reference looked up (longer is a 404 without a lookup).</summary>
    public const int MaxReference = 64;

    /// <summary>
    /// The case file <paramref name="reference"/> of the request's compartment, for the signed-in user, or null for one
    /// answer (404) whether it does not exist, lies in another workspace, or is itself the reference of another
    /// registered compartment sharing this workspace. Reading is allowed to every member of the compartment; writing
    /// only through <see cref="CaseWork.Write"/>.
    /// </summary>
    public static CaseWork? Open(HttpContext context, string? reference)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.RequestServices.GetRequiredService<RequestCase>();
        var security = context.RequestServices.GetRequiredService<ServerSecurity>();
        if (string.IsNullOrEmpty(reference) || reference.Length > MaxReference || reference.Any(char.IsControl)
            || request.User is not { } user || request.Case is not { } compartment || request.Workspace is not { } workspace)
        {
            return null;
        }

        // A case file that is itself another registered compartment (sharing the workspace) belongs to that compartment's members.
        if (!string.Equals(reference, compartment.Reference, StringComparison.Ordinal) && security.FindCase(reference) is not null)
        {
            return null;
        }

        var store = WorkspaceStores.OpenCases(workspace.Store, readOnly: true);
        try
        {
            if (new CaseFiles(store).Find(reference) is not { } file)
            {
                store.Dispose();
                return null;
            }

            return new CaseWork(security, context, workspace, store, file, user);
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    /// <summary>Whether a JSON write carries a valid anti-forgery token (header <c>X-CSRF-TOKEN</c>, from <c>GET /api/csrf</c>).</summary>
    public static async Task<bool> CsrfValid(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var antiforgery = context.RequestServices.GetRequiredService<IAntiforgery>();
        return await antiforgery.IsRequestValidAsync(context).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs one JSON API write: the case (404), the anti-forgery header (400), then <paramref name="write"/>, which calls
    /// <see cref="CaseWork.Write"/> (membership, 403, and the audit record) before it changes anything. Bad input
    /// (<see cref="ArgumentException"/>) is a 400 naming the field; a change the case refuses
    /// (<see cref="InvalidOperationException"/>) a 409. Returns 200 with <paramref name="write"/>'s result, or the case as
    /// stored after the write when it returns null.
    /// </summary>
    public static async Task<IResult> Api(HttpContext context, string? reference, Func<CaseWork, object?> write)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(write);
        using var work = Open(context, reference);
        if (work is null)
        {
            return Results.NotFound();
        }

        if (!await CsrfValid(context).ConfigureAwait(false))
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad Request", detail: "missing or invalid anti-forgery token: send the X-CSRF-TOKEN header from GET /api/csrf");
        }

        try
        {
            var result = write(work);
            return Results.Ok(result ?? work.Reload());
        }
        catch (Exception e) when (Refusal(e) is { } refused)
        {
            return refused.Status == StatusCodes.Status404NotFound
                ? Results.NotFound()
                : Results.Problem(statusCode: refused.Status, title: ReasonPhrases.GetReasonPhrase(refused.Status), detail: e.Message,
                    extensions: refused.Field is null ? null : new Dictionary<string, object?> { ["field"] = refused.Field });
        }
    }

    /// <summary>The field an input error names (its parameter name), or empty.</summary>
    /// <summary>
    /// How a page or endpoint answers a write the rules refused: 403 for a reader who is not a member of the case file,
    /// 404 for an item that is not there, 400 for bad input (naming the field where the domain named it), 409 for a change
    /// the case's state refuses (closed case, H-hour already set, a team going backwards). Null for any other failure.
    /// </summary>
    public static WriteRefusal? Refusal(Exception error) => error switch
    {
        CaseWriteRefusedException => new(StatusCodes.Status403Forbidden, null),
        KeyNotFoundException => new(StatusCodes.Status404NotFound, null),
        ArgumentException a => new(StatusCodes.Status400BadRequest, Field(a)),
        FormatException => new(StatusCodes.Status400BadRequest, null),
        InvalidOperationException => new(StatusCodes.Status409Conflict, null),
        _ => null,
    };

    public static string Field(ArgumentException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.ParamName ?? string.Empty;
    }

    /// <summary><c>GET /api/csrf</c>: the token a JSON client sends back in <c>X-CSRF-TOKEN</c> with every write.</summary>
    public static void MapCaseWritesApi(this RouteGroupBuilder api)
    {
        api.MapGet("/csrf", (HttpContext http, IAntiforgery antiforgery) =>
        {
            var tokens = antiforgery.GetAndStoreTokens(http);
            return Results.Ok(new CsrfToken(tokens.HeaderName ?? "X-CSRF-TOKEN", tokens.RequestToken ?? string.Empty));
        }).WithName("Csrf").WithSummary("The anti-forgery token (and its header name) every JSON write sends back; it goes with the session's anti-forgery cookie.");
    }
}

/// <summary>The answer of <c>GET /api/csrf</c>.</summary>
public sealed record CsrfToken(string HeaderName, string Token);

/// <summary>A refused write's HTTP status and, for bad input, the field named (see <see cref="CaseWrites.Refusal"/>).</summary>
public sealed record WriteRefusal(int Status, string? Field);
