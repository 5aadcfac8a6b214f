using Threadline.Cases.ActionDays;
using Threadline.Cases.Victims;

namespace Threadline.Cases.Store;

public static partial class CaseCodec
{
    public static string ActionDay(ActionDay day) => Write(new DayDto(day.Id, day.CaseReference, day.HHour));

    /// <summary>The day's own fields (id, case, H-hour); targets and teams are records of their own.</summary>
    public static ActionDay ActionDay(CaseRecord record) => Read(record, r =>
    {
        var d = Parse<DayDto>(r);
        var day = new ActionDay(d.Id, d.CaseReference);
        return d.HHour is { } h ? day.SetHHour(h) : day;
    });

    public static string Target(Target t) => Write(new TargetDto(t.Id, t.Country, t.Kind, t.Description, [.. t.Evidence.Select(e => new EvidenceDto(e.EntityId, e.Why))]));

    public static Target Target(CaseRecord record) => Read(record, r =>
    {
        var t = Parse<TargetDto>(r);
        return new Target(t.Id, t.Country, t.Kind, t.Description, (t.Evidence ?? []).Select(e => new Evidence(e.EntityId, e.Why)));
    });

    public static string Team(Team t) => Write(new TeamDto(
        t.Id, t.Name, t.TimeZoneId,
        new RosterDto(t.Roster.Lead, [.. t.Roster.Members], t.Roster.Interpreter, t.Roster.VictimSupportContact, t.Roster.FinancialInvestigator),
        [.. t.TargetIds], t.Briefing, [.. t.Equipment]));

    /// <summary>The team without its reports (reports are records of their own).</summary>
    public static Team Team(CaseRecord record) => Read(record, r =>
    {
        var t = Parse<TeamDto>(r);
        var roster = t.Roster ?? throw new FormatException("roster missing");
        return new Team(t.Id, t.Name, t.TimeZoneId, new TeamRoster(roster.Lead, roster.Members ?? [], roster.Interpreter, roster.VictimSupportContact, roster.FinancialInvestigator), t.TargetIds ?? [], t.Briefing, t.Equipment);
    });

    public static string Report(TeamReport report) => Write(new ReportDto(
        report.At, report.Status, report.PersonsFound, report.Arrests,
        [.. report.Victims.Select(v => new OutcomeDto(v.Pseudonym.Value, v.Referral?.Centre, v.Referral?.On))],
        [.. report.Seized.Select(s => new SeizedDto(s.Description, s.Quantity))],
        report.Cash.ToDictionary(StringComparer.Ordinal)));

    public static TeamReport Report(CaseRecord record) => Read(record, r =>
    {
        var p = Parse<ReportDto>(r);
        var victims = (p.Victims ?? []).Select(v => new VictimOutcome(
            VictimPseudonym.Parse(v.Pseudonym),
            v.Centre is null ? null : new Referral(v.Centre, v.On ?? throw new FormatException("referral without a date"))));
        return new TeamReport(p.At, p.Status, p.PersonsFound, p.Arrests, victims, (p.Seized ?? []).Select(s => new SeizedItem(s.Description, s.Quantity)), p.Cash ?? []);
    });

    private sealed record DayDto(string Id, string CaseReference, DateTimeOffset? HHour);

    private sealed record EvidenceDto(string EntityId, string Why);

    private sealed record TargetDto(string Id, string Country, TargetKind Kind, string Description, EvidenceDto[]? Evidence);

    private sealed record RosterDto(string Lead, string[]? Members, string? Interpreter, string? VictimSupportContact, string? FinancialInvestigator);

    private sealed record TeamDto(string Id, string Name, string TimeZoneId, RosterDto? Roster, string[]? TargetIds, string? Briefing, string[]? Equipment);

    private sealed record OutcomeDto(string Pseudonym, string? Centre, DateOnly? On);

    private sealed record SeizedDto(string Description, int Quantity);

    private sealed record ReportDto(DateTimeOffset At, TeamStatus Status, int PersonsFound, int Arrests, OutcomeDto[]? Victims, SeizedDto[]? Seized, Dictionary<string, decimal>? Cash);
}
