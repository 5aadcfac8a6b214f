using Threadline.Security.Access;
using Threadline.Security.Audit;
using Threadline.Web.ActionDays;
using Threadline.Web.Cases;
using Threadline.Web.Security;

namespace Threadline.Web.Api;

/// <summary>
/// <c>/api/cases/{reference}/action-day/…</c>: the plan, the live board (with an ETag, so a poll that finds nothing new
/// is a 304), a team's briefing pack (a disclosure: it needs a reason), and the writes (targets, teams, the H-hour, a
/// team's report) through <see cref="CaseWrites.Api"/>: anti-forgery header, membership of the case file, audit before
/// the write, 400 naming the field, 409 when the day refuses the change. <c>?day=</c> names another day than day1.
/// </summary>
internal static class ActionDayApi
{
    public static void MapActionDayApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/cases/{reference}/action-day");
        group.MapGet(string.Empty, (HttpContext http, RequestCase request, string reference, string? day) =>
        {
            using var work = CaseWrites.Open(http, reference);
            return work is null || !ValidDay(day)
                ? Results.NotFound()
                : Results.Ok(ActionDayViews.Plan(work.File, ActionDayViews.DayOf(work.File, day), request.RequireWorkspace().Investigation));
        }).WithName("ActionDayPlan").WithSummary("The action day's plan: targets by country with their evidence, teams with the H-hour on each team's clock, and targets suggested from the attached networks (bookings, ad cities, tied accounts).");

        group.MapGet("/board", (HttpContext http, string reference, string? day) =>
        {
            using var work = CaseWrites.Open(http, reference);
            if (work is null || !ValidDay(day))
            {
                return Results.NotFound();
            }

            var board = ActionDayViews.Board(work.File, ActionDayViews.DayOf(work.File, day));
            var etag = ActionDayViews.ETag(board);
            http.Response.Headers.ETag = etag;
            http.Response.Headers.CacheControl = "no-cache";
            return http.Request.Headers.IfNoneMatch.Any(v => v is not null && v.Split(',').Any(t => t.Trim() == etag))
                ? Results.StatusCode(StatusCodes.Status304NotModified)
                : Results.Ok(board);
        }).WithName("ActionDayBoard").WithSummary("The live board: each team's status and outcomes (victims by pseudonym and referral only) and the summary by country. Sends an ETag; If-None-Match with it answers 304.");

        group.MapGet("/teams/{team}/pack", (HttpContext http, string reference, string team, string? day, string? reason) =>
        {
            using var work = CaseWrites.Open(http, reference);
            if (work is null || !ValidDay(day) || team.Length > 64 || ActionDayViews.Pack(work.File, ActionDayViews.DayOf(work.File, day), team) is not { } pack)
            {
                return Results.NotFound();
            }

            var why = http.Request.Headers[RequestAccess.ReasonHeader].FirstOrDefault() ?? reason ?? string.Empty;
            work.Audit(AuditAction.Disclosure, $"action day {pack.Day}: briefing pack of team {pack.Team} ({pack.Targets.Count} targets)", why);
            return Results.Ok(pack);
        }).WithMetadata(new AccessAttribute(AccessKind.Disclosure))
            .WithName("ActionDayPack").WithSummary("One team's briefing pack: only its targets and their evidence (handling codes applied for the case team), roster, briefing, equipment and its local H-hour. A disclosure: give X-Threadline-Reason or ?reason=.");

        group.MapPost("/targets", (HttpContext http, string reference, string? day, TargetInput input) =>
            Write(http, reference, day, (work, d) => ActionDayWrites.AddTarget(work, d, input)))
            .WithName("ActionDayAddTarget").WithSummary("Adds a target (id, country, kind address|person|vehicle|account, description, evidence entity id and why). Needs X-CSRF-TOKEN (GET /api/csrf); members of the case file only.");
        group.MapPost("/teams", (HttpContext http, string reference, string? day, TeamInput input) =>
            Write(http, reference, day, (work, d) => ActionDayWrites.AddTeam(work, d, input)))
            .WithName("ActionDayAddTeam").WithSummary("Adds a team: id, name, IANA zone, lead, members, interpreter, victim support, financial investigator, its targets, briefing, equipment.");
        group.MapPost("/h-hour", (HttpContext http, string reference, string? day, HHourInput input) =>
            Write(http, reference, day, (work, d) => ActionDayWrites.SetHHour(work, d, input)))
            .WithName("ActionDaySetHHour").WithSummary("Sets the H-hour once: a local date and time in an IANA zone (2026-04-14, 06:00, Europe/Brussels). A second set is a 409.");
        group.MapPost("/teams/{team}/reports", (HttpContext http, string reference, string team, string? day, ReportInput input) =>
            Write(http, reference, day, (work, d) => new ReportAnswer(team, ActionDayWrites.Report(work, d, team, input))))
            .WithName("ActionDayReport").WithSummary("A team's report: status (en-route, entered, secured, finished, aborted; forward only) and outcomes since the last report: persons found, arrests, victims (pseudonym, centre, on), seized items, cash by currency.");
    }

    /// <summary>A day id as the store takes them (or none: the default day).</summary>
    public static bool ValidDay(string? day) => day is null || (day.Length is > 0 and <= 64 && day.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'));

    private static Task<IResult> Write(HttpContext http, string reference, string? day, Func<CaseWork, string, object> change) =>
        !ValidDay(day)
            ? Task.FromResult(Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad Request", detail: "day: not a day id", extensions: new Dictionary<string, object?> { ["field"] = "day" }))
            : CaseWrites.Api(http, reference, work => change(work, ActionDayViews.DayOf(work.File, day).Id));
}

/// <summary>The answer to a report: the team and its report number.</summary>
public sealed record ReportAnswer(string Team, int Number);
