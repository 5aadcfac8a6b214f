using Threadline.Cases.Persons;

namespace Threadline.Cases.Store;

public static partial class CaseCodec
{
    public static string PersonRecords(PersonRecordSet set) => Write(new RecordSetDto(
        set.GatheredAt,
        [.. set.Records.Select(r => new SourcePersonDto(r.Id, r.Source, r.Reference, r.Name, r.Email, r.Phone, r.Address, r.Country, r.NetworkId))]));

    public static PersonRecordSet PersonRecords(CaseRecord record) => Read(record, r =>
    {
        var d = Parse<RecordSetDto>(r);
        return new PersonRecordSet(d.GatheredAt, (d.Records ?? []).Select(p => new SourcePerson(p.Id, p.Source, p.Reference, p.Name, p.Email, p.Phone, p.Address, p.Country, p.NetworkId)));
    });

    public static string Match(PersonMatch m) => Write(new MatchDto(
        m.RecordA, m.RecordB, m.Probability, m.Weight,
        [.. m.Evidence.Select(e => new EvidenceFieldDto(e.Comparison, e.Level, e.Weight))],
        m.ProposedAt,
        m.Decision is { } d ? new DecisionDto(d.Status, d.By, d.At, d.Reason, d.PersonId) : null));

    public static PersonMatch Match(CaseRecord record) => Read(record, r =>
    {
        var m = Parse<MatchDto>(r);
        var decision = m.Decision is { } d ? new MatchDecision(d.Status, d.By, d.At, d.Reason, d.PersonId) : null;
        var match = new PersonMatch(m.RecordA, m.RecordB, m.Probability, m.Weight, (m.Evidence ?? []).Select(e => new MatchFieldEvidence(e.Comparison, e.Level, e.Weight)), m.ProposedAt, decision);
        return string.Equals(match.Id, r.Id, StringComparison.Ordinal) ? match : throw new FormatException($"match of {m.RecordA} and {m.RecordB} is {match.Id}, not {r.Id}");
    });

    public static string PersonSources(IEnumerable<string> recordIds) => Write(new SourcesDto([.. recordIds]));

    public static IReadOnlyList<string> PersonSources(CaseRecord record) => Read(record, r => Parse<SourcesDto>(r).Records ?? throw new FormatException("records missing"));

    private sealed record SourcePersonDto(string Id, PersonSourceKind Source, string Reference, string? Name, string? Email, string? Phone, string? Address, string? Country, string? NetworkId);

    private sealed record RecordSetDto(DateTimeOffset GatheredAt, SourcePersonDto[]? Records);

    private sealed record EvidenceFieldDto(string Comparison, string Level, double Weight);

    private sealed record DecisionDto(MatchStatus Status, string By, DateTimeOffset At, string Reason, string? PersonId);

    private sealed record MatchDto(string RecordA, string RecordB, double Probability, double Weight, EvidenceFieldDto[]? Evidence, DateTimeOffset ProposedAt, DecisionDto? Decision);

    private sealed record SourcesDto(string[]? Records);
}
