using Threadline.Application.Cases;
using Threadline.Cases.Deadlines;
using Threadline.Cases.Model;
using Threadline.Cases.Store;
using Threadline.Cases.Victims;

namespace Threadline.Web.Cases;

/// <summary>What the case API answers: the case file as the signed-in user may see it (victims by pseudonym only).</summary>
public sealed record CaseView(
    string Reference,
    string Title,
    string Status,
    string LegalBasis,
    string Magistrate,
    DateTimeOffset OpenedAt,
    string OpenedBy,
    IReadOnlyList<string> YourRoles,
    bool CanWrite,
    IReadOnlyList<MemberView> Members,
    IReadOnlyList<AttachmentView> Attachments,
    IReadOnlyList<PersonView> Persons,
    IReadOnlyList<EntryView> Entries,
    IReadOnlyList<WarrantView> Warrants,
    IReadOnlyList<RequestView> Requests,
    IReadOnlyList<JitView> Jits,
    IReadOnlyList<DeadlineView> Deadlines,
    IReadOnlyList<ChangeView> Changes);

public sealed record MemberView(string User, string Role);

public sealed record AttachmentView(string Kind, string Id, string Marking, DateTimeOffset AttachedAt, string AttachedBy, double? SnapshotScore, int? SnapshotMembers, DateTimeOffset? SnapshotTakenAt);

public sealed record PersonView(string Id, string Category, string DisplayName, string Marking);

public sealed record EntryView(string Id, string Kind, string Body, string Author, DateTimeOffset CreatedAt, string Marking, string? State, string? Assignee, DateTimeOffset? DueAt, DateTimeOffset? DoneAt);

public sealed record WarrantView(string Id, string Direction, DateOnly IssuedOn, string OtherState, string? PersonId, DateOnly? ArrestedOn, DateOnly? ConsentedOn, bool Extended, DateOnly? DecisionOn, DateOnly? SurrenderedOn, string Zone, string Marking);

public sealed record RequestView(string Id, string Direction, string Counterpart, string Subject, DateTimeOffset ReceivedAt, bool Urgent, DateTimeOffset? AnsweredAt, string Marking);

public sealed record JitView(string Id, string Name, DateOnly SignedOn, DateOnly EndsOn, int ExtensionNoticeDays, IReadOnlyList<string> Milestones, string Zone, string Marking);

public sealed record DeadlineView(string CaseReference, string Source, string Key, string Label, string LegalReference, DateTimeOffset DueAt, DateOnly? LastDay, string TimeZone, string State, DateTimeOffset? MetAt, string? Note);

public sealed record ChangeView(string Network, bool Gone, double ScoreBefore, double? ScoreAfter, int Added, int Removed, int Rescored, IReadOnlyDictionary<string, int> AddedByKind, IReadOnlyDictionary<string, int> RemovedByKind);

/// <summary>A victim record as its need-to-know readers see it.</summary>
public sealed record VictimView(
    string Pseudonym, string Case, string? Name, string? Nationality, IReadOnlyList<string> Languages, IReadOnlyList<string> Indicators,
    string? Referral, string? ReflectionCountry, DateOnly? ReflectionStart, DateOnly? ReflectionLastDay, string? ReflectionLegalBasis,
    IReadOnlyList<string> ResidenceSteps, string? Rights, IReadOnlyList<string> Consents, string? Interpreter)
{
    public static VictimView Of(VictimRecord v)
    {
        ArgumentNullException.ThrowIfNull(v);
        return new(v.Pseudonym.Value, v.CaseReference, v.Name, v.Nationality, [.. v.Languages], [.. v.Indicators], v.Referral?.ToString(),
            v.Reflection?.Country, v.Reflection?.Start, v.Reflection?.LastDay, v.Reflection?.LegalBasis,
            [.. v.ResidenceSteps.Select(s => s.StepId + " on " + s.On.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))],
            v.Rights is { } r ? $"given on {r.On:yyyy-MM-dd} in {r.Language} by {r.GivenBy}" : null,
            [.. v.Consents.Select(c => c.Scope + " given " + c.GivenOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + (c.WithdrawnOn is { } w ? ", withdrawn " + w.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : string.Empty))],
            v.InterpreterLanguage);
    }
}

/// <summary>Builds the views from the domain records.</summary>
public static class CaseViewBuilder
{
    public static CaseView Of(CaseWork work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var f = work.File;
        var c = f.Case;
        var h = f.Header;
        return new CaseView(
            h.Reference, h.Title, Field.Dashed(c.Status.ToString()), h.LegalBasis, $"{h.Magistrate.Name} ({Field.Dashed(h.Magistrate.Role.ToString())}, {h.Magistrate.Office})", h.OpenedAt, h.OpenedBy,
            [.. work.Roles.Select(r => Field.Dashed(r.ToString())).Order(StringComparer.Ordinal)], work.CanWrite,
            [.. c.Members.Select(m => new MemberView(m.UserId, Field.Dashed(m.Role.ToString())))],
            [.. c.Attachments.Select(a => new AttachmentView(Field.Dashed(a.Kind.ToString()), a.Id, a.Marking.Label, a.AttachedAt, a.AttachedBy, a.Snapshot?.Score, a.Snapshot?.Members.Count, a.Snapshot?.TakenAt))],
            [.. c.Persons.Select(p => new PersonView(p.Id, Field.Dashed(p.Category.ToString()), p.DisplayName, p.Marking.Label))],
            [.. c.Entries.Select(Entry)],
            [.. f.Warrants.Select(w => new WarrantView(w.Id, Field.Dashed(w.Direction.ToString()), w.IssuedOn, w.OtherState, w.PersonId, w.Execution?.ArrestedOn, w.Execution?.ConsentedOn, w.Execution?.DecisionExtended ?? false, w.Execution?.FinalDecisionOn, w.SurrenderedOn, w.Execution?.ExecutingTimeZone ?? string.Empty, w.Marking.Label))],
            [.. f.Requests.Select(q => new RequestView(q.Id, Field.Dashed(q.Direction.ToString()), q.Counterpart, q.Subject, q.Request.ReceivedAt, q.Request.Urgent, q.AnsweredAt, q.Marking.Label))],
            [.. work.Files.Jits(f.Reference).Select(j => new JitView(j.Id, j.Team.Name, j.Team.SignedOn, j.Team.EndsOn, j.Team.ExtensionNoticeDays, [.. j.Team.Milestones.Select(m => m.Day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + " " + m.Label)], j.Team.TimeZoneId, j.Marking.Label))],
            [.. Deadlines(work).Select(d => Deadline(d, work.Now))],
            [.. Changes(work).Select(Change)]);
    }

    /// <summary>The case's deadlines for the signed-in user (reflection periods only of the victim records he or she may open).</summary>
    public static IReadOnlyList<CaseDeadline> Deadlines(CaseWork work)
    {
        ArgumentNullException.ThrowIfNull(work);
        return work.Files.Deadlines(work.UserId, work.Reference);
    }

    /// <summary>What changed in each attached lead since it was attached.</summary>
    public static IReadOnlyList<NetworkChange> Changes(CaseWork work)
    {
        ArgumentNullException.ThrowIfNull(work);
        return CaseJobs.Changes(work.Workspace, work.File, work.Now);
    }

    public static DeadlineView Deadline(CaseDeadline d, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(d);
        var x = d.Deadline;
        return new DeadlineView(d.CaseReference, d.Source, x.Key, x.Label, x.LegalReference, x.DueAt, x.LastDay, x.TimeZoneId, Field.Dashed(DeadlineAlert.At(x, now).State.ToString()), x.MetAt, x.Note);
    }

    private static ChangeView Change(NetworkChange n) =>
        new(n.NetworkId, n.Gone, n.Then.Score, n.Diff?.ScoreAfter, n.Diff?.Added.Length ?? 0, n.Diff?.Removed.Length ?? 0, n.Diff?.Rescored.Length ?? 0, n.AddedByKind, n.RemovedByKind);

    private static EntryView Entry(CaseEntry e) => e switch
    {
        Hypothesis h => new EntryView(e.Id, "hypothesis", e.Body, e.Author, e.CreatedAt, e.Marking.Label, Field.Dashed(h.State.ToString()), null, null, null),
        CaseTask t => new EntryView(e.Id, "task", e.Body, e.Author, e.CreatedAt, e.Marking.Label, null, t.Assignee, t.DueAt, t.DoneAt),
        _ => new EntryView(e.Id, "note", e.Body, e.Author, e.CreatedAt, e.Marking.Label, null, null, null, null),
    };
}
