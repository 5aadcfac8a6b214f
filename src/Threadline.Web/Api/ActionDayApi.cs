using Threadline.Security.Access;
using Threadline.Web.ActionDays;
using Threadline.Web.Security;

namespace Threadline.Web.Api;

/// <summary>
/// <c>/api/cases/{reference}/action-day/…</c>: the plan, the live board (with an ETag, so a poll that finds nothing new
/// is a 304) and a team's briefing pack (a disclosure: it needs a reason). Each is answered only to members of the case
/// file; anyone else gets the 404 of a case that does not exist.
/// </summary>
internal static class ActionDayApi
{
    public static void MapActionDayApi(this RouteGroupBuilder api)
    {
        var day = api.MapGroup("/cases/{reference}/action-day");
        day.MapGet(string.Empty, (RequestCase request, string reference, string? day) =>
        {
            if (CaseFileAccess.Read(request, reference) is not { } read || !ValidDay(day))
            {
                return Results.NotFound();
            }

            var d = ActionDayViews.DayOf(read.File, day);
            return Results.Ok(ActionDayViews.Plan(read.File, d, request.RequireWorkspace().Investigation));
        }).WithName("ActionDayPlan").WithSummary("The action day's plan: targets by country with their evidence, teams with the H-hour on each team's clock, and targets suggested from the attached networks (bookings, ad cities, tied accounts).");

        day.MapGet("/board", (HttpContext context, RequestCase request, string reference, string? day) =>
        {
            if (CaseFileAccess.Read(request, reference) is not { } read || !ValidDay(day))
            {
                return Results.NotFound();
            }

            var board = ActionDayViews.Board(read.File, ActionDayViews.DayOf(read.File, day));
            var etag = ActionDayViews.ETag(board);
            context.Response.Headers.ETag = etag;
            context.Response.Headers.CacheControl = "no-cache";
            return context.Request.Headers.IfNoneMatch.Any(v => v is not null && v.Split(',').Any(t => t.Trim() == etag))
                ? Results.StatusCode(StatusCodes.Status304NotModified)
                : Results.Ok(board);
        }).WithName("ActionDayBoard").WithSummary("The live board: each team's status and outcomes (victims by pseudonym and referral only) and the summary by country. Sends an ETag; If-None-Match with it answers 304.");

        day.MapGet("/teams/{team}/pack", (RequestCase request, string reference, string team, string? day) =>
        {
            if (CaseFileAccess.Read(request, reference) is not { } read || !ValidDay(day) || team.Length > 200)
            {
                return Results.NotFound();
            }

            return ActionDayViews.Pack(read.File, ActionDayViews.DayOf(read.File, day), team) is { } pack ? Results.Ok(pack) : Results.NotFound();
        }).WithMetadata(new AccessAttribute(AccessKind.Disclosure))
            .WithName("ActionDayPack").WithSummary("One team's briefing pack: only its targets and their evidence (handling codes applied for the case team), roster, briefing, equipment and its local H-hour. A disclosure: give X-Threadline-Reason or ?reason=.");
    }

    /// <summary>A day id as the store takes them (or none: the default day).</summary>
    public static bool ValidDay(string? day) => day is null || (day.Length is > 0 and <= 64 && day.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'));
}
