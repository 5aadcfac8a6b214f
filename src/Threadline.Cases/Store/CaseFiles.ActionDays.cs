using System.Globalization;
using Threadline.Cases.ActionDays;

namespace Threadline.Cases.Store;

public sealed partial class CaseFiles
{
    /// <summary>Adds a target to an action day (the day is made when it is the first).</summary>
    public void AddTarget(string reference, string dayId, Target target, string by, DateTimeOffset at) =>
        Change<int>(reference, l =>
        {
            Writable(l);
            var (day, records) = DayOf(l, dayId, at, by);
            _ = day.AddTarget(target);
            records.Add(Record(l.Reference, CaseKinds.Target, day.Id + "/" + target.Id, 1, at, by, CaseCodec.Target(target)));
            return (records, null, 0);
        });

    /// <summary>Adds a team to an action day; its targets must be there.</summary>
    public void AddTeam(string reference, string dayId, Team team, string by, DateTimeOffset at) =>
        Change<int>(reference, l =>
        {
            Writable(l);
            var (day, records) = DayOf(l, dayId, at, by);
            _ = day.AddTeam(team);
            records.Add(Record(l.Reference, CaseKinds.Team, day.Id + "/" + team.Id, 1, at, by, CaseCodec.Team(team)));
            return (records, null, 0);
        });

    /// <summary>Sets the day's H-hour, once (a second set, even a concurrent one, is refused).</summary>
    public void SetHHour(string reference, string dayId, DateTimeOffset hHour, string by, DateTimeOffset at) =>
        Change<int>(reference, l =>
        {
            Writable(l);
            var (day, records) = DayOf(l, dayId, at, by);
            var set = day.SetHHour(hHour);
            var version = records.Count > 0 ? 2 : l.Next(CaseKinds.ActionDay, day.Id);
            records.Add(Record(l.Reference, CaseKinds.ActionDay, day.Id, version, at, by, CaseCodec.ActionDay(set)));
            return (records, null, 0);
        });

    /// <summary>
    /// Appends a team's report as a row of its own: reports of different teams never touch each other's rows; two
    /// reports of one team at once race for the same number, and the loser is re-checked against the winner.
    /// </summary>
    /// <returns>The team's report number.</returns>
    public int Report(string reference, string dayId, string teamId, TeamReport report, string by, DateTimeOffset at) =>
        Change<int>(reference, l =>
        {
            var day = l.File.Day(dayId) ?? throw new KeyNotFoundException($"case {reference}: no action day {dayId}");
            var team = day.Team(teamId);
            _ = team.Add(report);
            var number = team.Reports.Length + 1;
            var id = string.Create(CultureInfo.InvariantCulture, $"{day.Id}/{team.Id}/{number:D6}");
            return ([Record(l.Reference, CaseKinds.Report, id, 1, at, by, CaseCodec.Report(report))], null, number);
        });

    private static (ActionDay Day, List<CaseRecord> Records) DayOf(Loaded l, string dayId, DateTimeOffset at, string by)
    {
        if (l.File.Day(dayId) is { } day)
        {
            return (day, []);
        }

        var made = new ActionDay(dayId, l.Reference);
        return (made, [Record(l.Reference, CaseKinds.ActionDay, made.Id, 1, at, by, CaseCodec.ActionDay(made))]);
    }
}
