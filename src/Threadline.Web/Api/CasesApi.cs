using Threadline.Cases.Store;
using Threadline.Security.Audit;
using Threadline.Storage.Engines;
using Threadline.Web.Cases;
using Threadline.Web.Security;

namespace Threadline.Web.Api;

/// <summary>
/// <c>/api/cases/…</c>: the case files of the request's compartment, read and written with the checks of the pages
/// (<see cref="CaseWrites"/>): any member of the compartment reads, members of the case file write (with the
/// <c>X-CSRF-TOKEN</c> header from <c>GET /api/csrf</c>), every write audited before it happens; victim records only
/// under need-to-know and with a reason (<see cref="VictimWork"/>); <c>/api/deadlines</c> across the user's cases.
/// </summary>
internal static class CasesApi
{
    public static void MapCasesApi(this RouteGroupBuilder api)
    {
        api.MapGet("/cases", (RequestCase request) =>
        {
            using var store = WorkspaceStores.OpenCases(request.RequireWorkspace().Store, readOnly: true);
            var user = request.User?.Name ?? string.Empty;
            var files = new CaseFiles(store);
            return Results.Ok(new
            {
                cases = files.List().Select(h => new { h.Reference, h.Title, Status = Field.Dashed(h.Status.ToString()), h.OpenedAt, h.OpenedBy, Member = files.Find(h.Reference)?.Case.IsMember(user) ?? false }),
            });
        }).WithName("Cases").WithSummary("The case files of the active case's workspace, with whether you are a member of each (members write).");
        api.MapPost("/cases", (HttpContext http, OpenInput input) => Open(http, input))
            .WithName("OpenCase").WithSummary("Open a case from a network lead (network, reference, title, legal_basis, magistrate, office, magistrate_role, marking): the lead is attached with a snapshot of its members and scores; you become its lead. Needs X-CSRF-TOKEN.");
        api.MapGet("/cases/{reference}", (HttpContext http, string reference) =>
        {
            using var work = CaseWrites.Open(http, reference);
            return work is null ? Results.NotFound() : Results.Ok(CaseViewBuilder.Of(work));
        }).WithName("Case").WithSummary("One case file: header, members, attachments, persons (victims by pseudonym only), notes/hypotheses/tasks, warrants, requests, JITs with markings, your deadlines with their state, and what changed in each attached lead since it was attached.");
        api.MapGet("/cases/{reference}/deadlines", (HttpContext http, string reference) =>
        {
            using var work = CaseWrites.Open(http, reference);
            return work is null ? Results.NotFound() : Results.Ok(new { deadlines = CaseViewBuilder.Deadlines(work).Select(d => CaseViewBuilder.Deadline(d, work.Now)) });
        }).WithName("CaseDeadlines").WithSummary("The case's deadlines as you may see them, each with its state now (pending, due-soon, overdue, met, met-late).");
        Write<StatusInput>(api, "status", "CaseStatus", "Move the case to open, suspended or closed (status).");
        Write<MemberInput>(api, "members", "CaseMember", "Give a user a role in the case file (user, role); the case lead only.");
        Write<AttachInput>(api, "attachments", "CaseAttach", "Attach a persona, phone, account, address, advertisement or booking by stable id (kind, id, marking, conditions).");
        Write<PersonInput>(api, "persons", "CasePerson", "Add a person with the LED Art. 6 data-subject category (id, category, name, marking); victims are victim records.");
        Write<EntryInput>(api, "entries", "CaseEntry", "Add or edit a note, hypothesis or task (id, kind, text, state, assignee, due, done, marking \"B2 H1\", conditions).");
        Write<WarrantInput>(api, "warrants", "CaseWarrant", "Record a European Arrest Warrant or a new version of one (id, direction, issued, state, person, arrest, consent, extended, decision, new_date, surrendered, zone, marking); its limits are computed.");
        Write<RequestInput>(api, "requests", "CaseRequest", "Record an information request (id, direction, received, counterpart, subject, urgent, direct, judicial, answered, zone, marking); its answer limit is computed.");
        Write<JitInput>(api, "jits", "CaseJit", "Record a Joint Investigation Team (id, name, signed, ends, notice_days, milestones \"yyyy-MM-dd label\" per line, zone, marking).");
        api.MapGet("/cases/{reference}/victims", (HttpContext http, string reference, string? reason) =>
        {
            using var work = CaseWrites.Open(http, reference);
            if (work is null)
            {
                return Results.NotFound();
            }

            return VictimWork.Reason(reason ?? http.Request.Headers[RequestAccess.ReasonHeader].FirstOrDefault()) is not { } why
                ? NeedsReason()
                : Results.Ok(new { victims = VictimWork.List(work, why).Select(VictimView.Of) });
        }).WithName("CaseVictims").WithSummary("The victim records you may open (victim support and the case lead; nobody else learns that any exist). Needs a reason (?reason= or X-Threadline-Reason), which is audited.");
        api.MapGet("/cases/{reference}/victims/{pseudonym}", (HttpContext http, string reference, string pseudonym, string? reason) =>
        {
            using var work = CaseWrites.Open(http, reference);
            if (work is null)
            {
                return Results.NotFound();
            }

            if (VictimWork.Reason(reason ?? http.Request.Headers[RequestAccess.ReasonHeader].FirstOrDefault()) is not { } why)
            {
                return NeedsReason();
            }

            return VictimWork.Open(work, pseudonym, why) is { } record ? Results.Ok(VictimView.Of(record)) : Results.NotFound();
        }).WithName("CaseVictim").WithSummary("One victim record: 404 both when it does not exist and when you may not open it. Needs a reason, which is audited.");
        api.MapPost("/cases/{reference}/victims", (HttpContext http, string reference, VictimInput input) =>
            CaseWrites.Api(http, reference, work => VictimView.Of(input.Apply(work))))
            .WithName("CaseVictimAdd").WithSummary("Add a victim record (reason, name, nationality, languages, interpreter, indicators, centre, on, country, marking); the case gets her pseudonym only. Victim support or the case lead. Needs X-CSRF-TOKEN.");
        api.MapPost("/cases/{reference}/victims/{pseudonym}", (HttpContext http, string reference, string pseudonym, VictimChangeInput input) =>
            CaseWrites.Api(http, reference, work => input.Apply(work, pseudonym) is { } record ? VictimView.Of(record) : throw new KeyNotFoundException()))
            .WithName("CaseVictimChange").WithSummary("Change a victim record (reason, change: indicators|referral|rights|consent|residence|interpreter, and its fields); a referral (centre, on, country) starts the reflection period. 404 as for a missing record when you may not open it. Needs X-CSRF-TOKEN.");
        api.MapGet("/deadlines", (HttpContext http, int? days) =>
            Results.Ok(new { deadlines = DeadlineBoard.For(http, TimeSpan.FromDays(days ?? 14)) }))
            .WithName("Deadlines").WithSummary("What needs attention across your cases: overdue deadlines and those passing within ?days= (default 14), of the case files you are a member of.");
    }

    private static void Write<T>(RouteGroupBuilder api, string path, string name, string summary)
        where T : ICaseInput =>
        api.MapPost("/cases/{reference}/" + path, (HttpContext http, string reference, T input) =>
            CaseWrites.Api(http, reference, work => Done(input.Apply(work), work)))
            .WithName(name).WithSummary(summary + " Case-file members only; needs X-CSRF-TOKEN; a bad value answers 400 naming the field.");

    private static object Done(string done, CaseWork work)
    {
        _ = work.Reload();
        return new { done, @case = CaseViewBuilder.Of(work) };
    }

    private static async Task<IResult> Open(HttpContext http, OpenInput input)
    {
        if (!await CaseWrites.CsrfValid(http).ConfigureAwait(false))
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad Request", detail: "missing or invalid anti-forgery token: send the X-CSRF-TOKEN header from GET /api/csrf");
        }

        try
        {
            var file = input.Apply(http);
            return Results.Created("/api/cases/" + Uri.EscapeDataString(file.Reference), new { reference = file.Reference, lead = file.Case.LeadUserId });
        }
        catch (CaseWriteRefusedException e)
        {
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden", detail: e.Message);
        }
        catch (ArgumentException e)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad Request", detail: e.Message, extensions: new Dictionary<string, object?> { ["field"] = CaseWrites.Field(e) });
        }
        catch (InvalidOperationException e)
        {
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Conflict", detail: e.Message);
        }
    }

    private static IResult NeedsReason() =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad Request", detail: $"victim records need a reason (?reason= or {RequestAccess.ReasonHeader}, 1 to {VictimWork.MaxReason} characters); it goes into the audit trail", extensions: new Dictionary<string, object?> { ["field"] = "reason" });
}
