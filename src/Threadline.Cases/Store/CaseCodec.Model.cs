using Threadline.Cases.Model;
using Threadline.Cases.Victims;

namespace Threadline.Cases.Store;

public static partial class CaseCodec
{
    public static string Members(IEnumerable<CaseMember> members) => Write(members.Select(m => new MemberDto(m.UserId, m.Role)).ToArray());

    public static IReadOnlyList<CaseMember> Members(CaseRecord record) =>
        Read(record, r => Parse<MemberDto[]>(r).Select(m => new CaseMember(m.User, m.Role)).ToList());

    public static string Status(CaseStatus status) => Write(new StatusDto(status));

    public static CaseStatus Status(CaseRecord record) => Read(record, r => Parse<StatusDto>(r).Status);

    public static string Attachment(AttachedEntity a) => Write(new AttachmentDto(
        a.Kind, a.Id, a.AttachedAt, a.AttachedBy, Dto(a.Marking),
        a.Snapshot is { } s ? new SnapshotDto(s.NetworkId, s.TakenAt, s.Score, s.Members.ToDictionary(StringComparer.Ordinal)) : null));

    public static AttachedEntity Attachment(CaseRecord record) => Read(record, r =>
    {
        var a = Parse<AttachmentDto>(r);
        var snapshot = a.Snapshot is { } s ? new NetworkSnapshot(s.NetworkId, s.TakenAt, s.Score, s.Members ?? []) : null;
        return new AttachedEntity(a.Kind, a.Id, a.At, a.By, Of(a.Marking), snapshot);
    });

    /// <summary>The record id of an attachment: its kind and entity id.</summary>
    public static string AttachmentId(AttachmentKind kind, string entityId) => kind + "/" + entityId;

    public static string Person(CasePerson p) => Write(new PersonDto(p.Id, p.Category, p.Name, p.Pseudonym?.Value, Dto(p.Marking)));

    public static CasePerson Person(CaseRecord record) => Read(record, r =>
    {
        var p = Parse<PersonDto>(r);
        return new CasePerson(p.Id, p.Category, p.Name, p.Pseudonym is null ? null : VictimPseudonym.Parse(p.Pseudonym), Of(p.Marking));
    });

    public static string Entry(CaseEntry e) => Write(e switch
    {
        Note n => new EntryDto("note", n.Id, n.Body, n.Author, n.CreatedAt, Dto(n.Marking), null, null, null, null),
        Hypothesis h => new EntryDto("hypothesis", h.Id, h.Body, h.Author, h.CreatedAt, Dto(h.Marking), h.State, null, null, null),
        CaseTask t => new EntryDto("task", t.Id, t.Body, t.Author, t.CreatedAt, Dto(t.Marking), null, t.Assignee, t.DueAt, t.DoneAt),
        _ => throw new ArgumentException($"unknown entry type {e.GetType().Name}", nameof(e)),
    });

    public static CaseEntry Entry(CaseRecord record) => Read<CaseEntry>(record, r =>
    {
        var e = Parse<EntryDto>(r);
        var marking = Of(e.Marking);
        return e.Type switch
        {
            "note" => new Note(e.Id, e.Body, e.Author, e.CreatedAt, marking),
            "hypothesis" => new Hypothesis(e.Id, e.Body, e.Author, e.CreatedAt, marking, e.State ?? HypothesisState.Open),
            "task" => e.DoneAt is { } done
                ? new CaseTask(e.Id, e.Body, e.Author, e.CreatedAt, marking, e.Assignee, e.DueAt).Complete(done)
                : new CaseTask(e.Id, e.Body, e.Author, e.CreatedAt, marking, e.Assignee, e.DueAt),
            _ => throw new FormatException($"entry type '{e.Type}' is not note, hypothesis or task"),
        };
    });

    private sealed record MemberDto(string User, CaseRole Role);

    private sealed record StatusDto(CaseStatus Status);

    private sealed record SnapshotDto(string NetworkId, DateTimeOffset TakenAt, double Score, Dictionary<string, double>? Members);

    private sealed record AttachmentDto(AttachmentKind Kind, string Id, DateTimeOffset At, string By, MarkingDto? Marking, SnapshotDto? Snapshot);

    private sealed record PersonDto(string Id, DataSubjectCategory Category, string? Name, string? Pseudonym, MarkingDto? Marking);

    private sealed record EntryDto(string Type, string Id, string Body, string Author, DateTimeOffset CreatedAt, MarkingDto? Marking, HypothesisState? State, string? Assignee, DateTimeOffset? DueAt, DateTimeOffset? DoneAt);
}
