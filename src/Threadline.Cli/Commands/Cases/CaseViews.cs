using System.Globalization;
using Threadline.Application.Cases;
using Threadline.Cases.ActionDays;
using Threadline.Cases.Deadlines;
using Threadline.Cases.Model;
using Threadline.Cases.Store;
using Threadline.Cli.Infrastructure;

namespace Threadline.Cli.Commands.Cases;

/// <summary>How a case file is printed and written as JSON (the same fields both ways; victims by pseudonym only).</summary>
internal static class CaseViews
{
    public static object Header(CaseHeader h) => new
    {
        reference = h.Reference,
        title = h.Title,
        status = h.Status.ToString(),
        legalBasis = h.LegalBasis,
        magistrate = new { role = h.Magistrate.Role.ToString(), name = h.Magistrate.Name, office = h.Magistrate.Office },
        openedAt = h.OpenedAt,
        openedBy = h.OpenedBy,
    };

    public static object File(CaseFile file, IReadOnlyList<CaseDeadline> deadlines, DateTimeOffset now) => new
    {
        header = Header(file.Header),
        members = file.Case.Members.Select(m => new { user = m.UserId, role = m.Role.ToString() }),
        attachments = file.Case.Attachments.Select(a => new
        {
            kind = a.Kind.ToString(),
            id = a.Id,
            attachedAt = a.AttachedAt,
            attachedBy = a.AttachedBy,
            marking = a.Marking.Label,
            snapshot = a.Snapshot is { } s ? new { takenAt = s.TakenAt, score = s.Score, members = s.Members } : null,
        }),
        persons = file.Case.Persons.Select(p => new { id = p.Id, category = p.Category.ToString(), name = p.DisplayName, marking = p.Marking.Label }),
        entries = file.Case.Entries.Select(e => new
        {
            id = e.Id,
            type = e switch { Hypothesis => "hypothesis", CaseTask => "task", _ => "note" },
            text = e.Body,
            author = e.Author,
            createdAt = e.CreatedAt,
            marking = e.Marking.Label,
            state = (e as Hypothesis)?.State.ToString(),
            assignee = (e as CaseTask)?.Assignee,
            dueAt = (e as CaseTask)?.DueAt,
        }),
        warrants = file.Warrants.Select(w => new
        {
            id = w.Id,
            direction = w.Direction.ToString(),
            issuedOn = w.IssuedOn,
            otherState = w.OtherState,
            person = w.PersonId,
            execution = w.Execution,
            surrenderedOn = w.SurrenderedOn,
            marking = w.Marking.Label,
        }),
        requests = file.Requests.Select(q => new
        {
            id = q.Id,
            direction = q.Direction.ToString(),
            counterpart = q.Counterpart,
            subject = q.Subject,
            receivedAt = q.Request.ReceivedAt,
            urgent = q.Request.Urgent,
            answeredAt = q.AnsweredAt,
            marking = q.Marking.Label,
        }),
        actionDays = file.ActionDays.Select(d => new
        {
            id = d.Id,
            hHour = d.HHour,
            targets = d.Targets.Select(t => new { id = t.Id, country = t.Country, kind = t.Kind.ToString(), description = t.Description, evidence = t.Evidence.Select(e => new { entity = e.EntityId, why = e.Why }) }),
            teams = d.Teams.Select(t => new
            {
                id = t.Id,
                name = t.Name,
                timeZone = t.TimeZoneId,
                localHHour = d.HHour is null ? (DateTimeOffset?)null : d.LocalHHour(t.Id),
                status = t.Status.ToString(),
                targets = t.TargetIds,
                reports = t.Reports.Select(r => new { at = r.At, status = r.Status.ToString(), personsFound = r.PersonsFound, arrests = r.Arrests, victims = r.Victims.Select(v => new { pseudonym = v.Pseudonym.Value, referral = v.Referral?.ToString() }), seized = r.Seized.Select(s => new { item = s.Description, quantity = s.Quantity }), cash = r.Cash }),
            }),
            summary = d.Summary(),
        }),
        deadlines = deadlines.Select(d => Deadline(d, now)),
    };

    public static object Deadline(CaseDeadline d, DateTimeOffset now)
    {
        var alert = DeadlineAlert.At(d.Deadline, now);
        return new
        {
            reference = d.CaseReference,
            source = d.Source,
            key = d.Deadline.Key,
            label = d.Deadline.Label,
            legalReference = d.Deadline.LegalReference,
            dueAt = d.Deadline.DueAt,
            dueLocal = TimeZones.InZone(d.Deadline.DueAt, TimeZones.Find(d.Deadline.TimeZoneId)),
            lastDay = d.Deadline.LastDay,
            timeZone = d.Deadline.TimeZoneId,
            metAt = d.Deadline.MetAt,
            state = alert.State.ToString(),
            note = d.Deadline.Note,
        };
    }

    public static string DeadlineLine(CaseDeadline d, DateTimeOffset now)
    {
        var alert = DeadlineAlert.At(d.Deadline, now);
        var when = d.Deadline.LastDay is { } day
            ? string.Create(CultureInfo.InvariantCulture, $"by the end of {day:yyyy-MM-dd} ({d.Deadline.TimeZoneId})")
            : string.Create(CultureInfo.InvariantCulture, $"by {TimeZones.InZone(d.Deadline.DueAt, TimeZones.Find(d.Deadline.TimeZoneId)):yyyy-MM-dd HH:mm} ({d.Deadline.TimeZoneId})");
        return $"{d.CaseReference}  {alert.State,-8}  {Terminal.Clean(d.Deadline.Label)}: {when} [{d.Deadline.LegalReference}]";
    }

    public static void Print(TextWriter o, CaseFile file, IReadOnlyList<CaseDeadline> deadlines, DateTimeOffset now)
    {
        var h = file.Header;
        o.WriteLine($"case {h.Reference}: {Terminal.Clean(h.Title)} ({h.Status})");
        o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  opened {h.OpenedAt:yyyy-MM-dd HH:mm}Z by {h.OpenedBy}; {h.Magistrate.Role}: {Terminal.Clean(h.Magistrate.Name)}, {Terminal.Clean(h.Magistrate.Office)}"));
        o.WriteLine($"  legal basis: {Terminal.Clean(h.LegalBasis)}");
        o.WriteLine("  members: " + string.Join(", ", file.Case.Members.Select(m => $"{m.UserId} ({m.Role})")));
        Section(o, "attachments", file.Case.Attachments.Select(a => a.Snapshot is { } s
            ? string.Create(CultureInfo.InvariantCulture, $"{a.Kind} {a.Id} [{a.Marking.Label}] score {s.Score:0.0}, {Counts(s.Members.Keys)} as of {s.TakenAt:yyyy-MM-dd}")
            : $"{a.Kind} {a.Id} [{a.Marking.Label}]"));
        Section(o, "persons", file.Case.Persons.Select(p => $"{p.Id} {Terminal.Clean(p.DisplayName)} ({p.Category}) [{p.Marking.Label}]"));
        Section(o, "notes, hypotheses, tasks", file.Case.Entries.Select(e => string.Create(CultureInfo.InvariantCulture,
            $"{e.Id} {(e is Hypothesis hy ? "hypothesis (" + hy.State + ")" : e is CaseTask t ? "task" + (t.Assignee is null ? string.Empty : " for " + t.Assignee) + (t.DueAt is { } due ? $" due {due:yyyy-MM-dd}" : string.Empty) + (t.DoneAt is null ? string.Empty : " done") : "note")} by {e.Author} [{e.Marking.Label}]: {Terminal.Clean(Short(e.Body))}")));
        Section(o, "warrants", file.Warrants.Select(w => string.Create(CultureInfo.InvariantCulture,
            $"EAW {w.Id} {w.Direction} {w.IssuedOn:yyyy-MM-dd} ({w.OtherState}){(w.PersonId is null ? string.Empty : " person " + w.PersonId)}{(w.Execution is { } x ? $", arrested {x.ArrestedOn:yyyy-MM-dd}" + (x.ConsentedOn is { } c ? $", consent {c:yyyy-MM-dd}" : ", no consent") + (x.FinalDecisionOn is { } f ? $", decided {f:yyyy-MM-dd}" : string.Empty) : ", not yet arrested")}{(w.SurrenderedOn is { } sd ? $", surrendered {sd:yyyy-MM-dd}" : string.Empty)} [{w.Marking.Label}]")));
        Section(o, "information requests", file.Requests.Select(q => string.Create(CultureInfo.InvariantCulture,
            $"{q.Id} {q.Direction} {(q.Direction == Threadline.Cases.Warrants.RequestDirection.Received ? "from" : "to")} {Terminal.Clean(q.Counterpart)} {q.Request.ReceivedAt:yyyy-MM-dd HH:mm}Z{(q.Request.Urgent ? " urgent" : string.Empty)}{(q.AnsweredAt is null ? string.Empty : " answered")}: {Terminal.Clean(Short(q.Subject))}")));
        foreach (var day in file.ActionDays)
        {
            PrintDay(o, day);
        }

        Section(o, "deadlines", deadlines.Select(d => DeadlineLine(d, now)));
    }

    public static void PrintChange(TextWriter o, NetworkChange c)
    {
        if (c.Gone)
        {
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"network {c.NetworkId} (attached {c.AttachedAt:yyyy-MM-dd}, score {c.Then.Score:0.0}): not in the last link run any more; its members may have moved to another lead (see `threadline networks`)"));
            return;
        }

        var d = c.Diff!;
        o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"network {c.NetworkId} (attached {c.AttachedAt:yyyy-MM-dd}): score {d.ScoreBefore:0.0} -> {d.ScoreAfter:0.0}{(d.IsEmpty ? "; no change" : string.Empty)}"));
        foreach (var (kind, n) in c.AddedByKind)
        {
            o.WriteLine($"  + {n} {kind}(s): {string.Join(", ", d.Added.Where(id => NetworkSnapshots.KindOf(id) == kind).Select(NetworkSnapshots.IdOf).Take(20))}{(n > 20 ? " …" : string.Empty)}");
        }

        foreach (var (kind, n) in c.RemovedByKind)
        {
            o.WriteLine($"  - {n} {kind}(s): {string.Join(", ", d.Removed.Where(id => NetworkSnapshots.KindOf(id) == kind).Select(NetworkSnapshots.IdOf).Take(20))}{(n > 20 ? " …" : string.Empty)}");
        }

        foreach (var (id, before, after) in d.Rescored.Take(20))
        {
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  ~ {id}: {before:0.###} -> {after:0.###}"));
        }
    }

    private static void PrintDay(TextWriter o, ActionDay day)
    {
        o.WriteLine(day.HHour is { } hh
            ? string.Create(CultureInfo.InvariantCulture, $"  action day {day.Id}: H-hour {hh:yyyy-MM-dd HH:mm}Z")
            : $"  action day {day.Id}: H-hour not set");
        foreach (var t in day.Targets)
        {
            o.WriteLine($"    target {t.Id} {t.Country} {t.Kind}: {Terminal.Clean(t.Description)} ({t.Evidence.Length} evidence)");
        }

        foreach (var team in day.Teams)
        {
            var local = day.HHour is null ? "-" : day.LocalHHour(team.Id).ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture);
            o.WriteLine($"    team {team.Id} {Terminal.Clean(team.Name)} ({team.TimeZoneId}, H-hour {local}) lead {team.Roster.Lead}: {team.Status}, {team.Reports.Length} report(s), targets {string.Join(", ", team.TargetIds)}");
        }

        if (day.Teams.Any(t => t.Reports.Length > 0))
        {
            var s = day.Summary();
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    summary: searches {s.Searches}, arrests {s.Arrests}, persons found {s.PersonsFound}, victims {s.VictimsIdentified} (referred {s.VictimsReferred}), cash {string.Join(", ", s.Cash.Select(kv => $"{kv.Value:0.00} {kv.Key}"))}"));
        }
    }

    private static void Section(TextWriter o, string title, IEnumerable<string> lines)
    {
        var list = lines.ToList();
        if (list.Count == 0)
        {
            return;
        }

        o.WriteLine($"  {title}:");
        foreach (var line in list)
        {
            o.WriteLine("    " + line);
        }
    }

    private static string Counts(IEnumerable<string> memberIds) =>
        string.Join(", ", memberIds.GroupBy(NetworkSnapshots.KindOf, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} {g.Key}s"));

    private static string Short(string text) => text.Length > 100 ? text[..100] + "…" : text;
}
