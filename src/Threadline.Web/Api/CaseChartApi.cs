using Threadline.Application.Cases;
using Threadline.Application.Cases.Chart;
using Threadline.Application.Queries;
using Threadline.Security.Access;
using Threadline.Security.Audit;
using Threadline.Web.Cases;

namespace Threadline.Web.Api;

/// <summary>
/// <c>/api/cases/{reference}/chart…</c> (the case's link chart: read, add entities and links by hand, change the view,
/// export through the handling codes) and <c>/api/cases/{reference}/timeline</c>. The case file is resolved inside the
/// request's compartment (one 404 otherwise); writes go through <see cref="CaseWrites.Api"/> (anti-forgery header,
/// case-file membership, alteration audited first); an export is a disclosure with a reason, by a member of the case file.
/// </summary>
internal static class CaseChartApi
{
    public static void MapCaseChartApi(this RouteGroupBuilder api)
    {
        api.MapGet("/cases/{reference}/chart", (HttpContext http, Investigation inv, string reference) =>
        {
            using var work = CaseWrites.Open(http, reference);
            return work is null ? Results.NotFound() : Results.Ok(CaseCharts.Build(inv, work.Files, work.Reference));
        }).WithName("CaseChart").WithSummary("The case's link chart: the attached network's generated graph plus the entities and links added by hand, each with its marking, source, who added it and when; pins, hidden nodes, annotations.");

        api.MapPost("/cases/{reference}/chart/entities", (HttpContext http, string reference, ChartEntityInput input) =>
            CaseWrites.Api(http, reference, work => Shown(ChartWrites.AddEntity(work, input))))
            .WithName("CaseChartEntity").WithSummary("Adds an entity to the chart by hand (type, label, source, marking \"B2 H1\", optional person_id, date, note); an existing id writes a new version. Needs X-CSRF-TOKEN.");

        api.MapPost("/cases/{reference}/chart/links", (HttpContext http, Investigation inv, string reference, ChartLinkInput input) =>
            CaseWrites.Api(http, reference, work => Shown(ChartWrites.AddLink(work, inv, input))))
            .WithName("CaseChartLink").WithSummary("Draws a link between two chart nodes by hand (from, to, type, source, marking, date, note). Needs X-CSRF-TOKEN.");

        api.MapPost("/cases/{reference}/chart/view", (HttpContext http, string reference, ChartViewInput input) =>
            CaseWrites.Api(http, reference, work => ChartWrites.ChangeView(work, input)))
            .WithName("CaseChartView").WithSummary("Pins nodes (pins: [{node, x, y}]), unpins, hides, shows, annotates a node, or starts the chart from another attached network (action: pin|unpin|hide|show|annotate|base). Needs X-CSRF-TOKEN.");

        api.MapGet("/cases/{reference}/chart/export", (HttpContext http, Investigation inv, string reference, string? format, string? purpose, string? reason) =>
        {
            using var work = CaseWrites.Open(http, reference);
            if (work is null)
            {
                return Results.NotFound();
            }

            var json = string.Equals(format, "json", StringComparison.OrdinalIgnoreCase);
            if (!json && !ChartFormats.TryGet(format, out _))
            {
                return Results.Problem(statusCode: 400, title: "Bad Request", detail: $"format: one of {string.Join(", ", ChartFormats.Names)}, json", extensions: new Dictionary<string, object?> { ["field"] = "format" });
            }

            ChartDisclosure disclosure;
            try
            {
                var why = http.Request.Headers[Security.RequestAccess.ReasonHeader].FirstOrDefault() ?? reason;
                var chosen = ChartPurposes.Parse(purpose);
                if (!work.CanWrite)
                {
                    work.Audit(AuditAction.Disclosure, "refused (not a member of the case file): chart export", why ?? string.Empty);
                    return Results.Problem(statusCode: 403, title: "Forbidden", detail: "only members of the case file export its chart");
                }

                disclosure = ChartExport.Filter(CaseCharts.Build(inv, work.Files, work.Reference), chosen, why ?? string.Empty, work.UserId, work.Now, work.Files.VictimNamesToWithhold(work.Reference));
            }
            catch (ArgumentException e)
            {
                return Results.Problem(statusCode: 400, title: "Bad Request", detail: e.Message, extensions: new Dictionary<string, object?> { ["field"] = e.ParamName ?? string.Empty });
            }

            work.Audit(AuditAction.Disclosure, $"chart exported as {format} for {disclosure.PurposeName}: {disclosure.Nodes.Count} nodes, {disclosure.Edges.Count} links, {disclosure.Withheld.Count} withheld", disclosure.Reason);
            if (json)
            {
                return Results.Ok(disclosure);
            }

            ChartFormats.TryGet(format, out var kind);
            using var buffer = new MemoryStream();
            kind.Write(disclosure, buffer);
            return Results.File(buffer.ToArray(), kind.ContentType, ChartFormats.FileName(disclosure, kind.Extension));
        }).WithMetadata(new Security.AccessAttribute(AccessKind.Disclosure)).WithName("CaseChartExport")
            .WithSummary("The chart as a file for other tools, through the handling codes of the chosen purpose (case-team, judicial-file, onward-dissemination, outside-law-enforcement): format=gexf (Gephi), i2 (entity and link tables, ZIP), svg, or json (for the page's PNG/SVG). Every item prints its marking; withheld items are listed with the reason; victims by pseudonym only. Needs a reason.");

        api.MapGet("/cases/{reference}/timeline", (HttpContext http, Investigation inv, string reference, string? person, string? place, int? offset, int? limit) =>
        {
            using var work = CaseWrites.Open(http, reference);
            if (work is null)
            {
                return Results.NotFound();
            }

            try
            {
                var timeline = CaseTimeline.Build(inv.Store, work.Files, work.File, work.UserId, new TimelineFilter(Blank(person), Blank(place)));
                return Results.Ok(new CaseTimelinePage(timeline.Reference, Paging.Of(timeline.Events, offset, limit), timeline.Truncated));
            }
            catch (ArgumentException e)
            {
                return Results.Problem(statusCode: 400, title: "Bad Request", detail: e.Message, extensions: new Dictionary<string, object?> { ["field"] = "person" });
            }
        }).WithName("CaseTimeline").WithSummary("Everything dated in the case (stays, bookings, payments, notes, warrants, requests, deadlines the user may see, the action day), filtered by person and place (whole words), paged (at most 200 per page).");
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static object Shown(object item) => item;
}

/// <summary>One page of a case's timeline.</summary>
/// <param name="Reference">The case.</param>
/// <param name="Events">The page of events, in time order.</param>
/// <param name="Truncated">True when the timeline was cut at <see cref="CaseTimeline.MaxEvents"/> (narrow with a filter).</param>
public sealed record CaseTimelinePage(string Reference, PageOf<TimelineEvent> Events, bool Truncated);
