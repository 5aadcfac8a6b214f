using Threadline.Cases.ActionDays;
using Threadline.Web.Cases;

namespace Threadline.Web.ActionDays;

/// <summary>
/// The action day's changes, for the pages and the API alike: the input is checked first (a <see cref="FieldException"/>
/// names the field), then <see cref="CaseWork.Write"/> checks membership and audits the alteration with the case
/// reference, and the store lets the domain check the change (H-hour once, forward-only status, unique ids) and retries
/// it against concurrent writers.
/// </summary>
public static class ActionDayWrites
{
    public static Target AddTarget(CaseWork work, string dayId, TargetInput input)
    {
        ArgumentNullException.ThrowIfNull(work);
        var target = ActionDayForms.Target(input);
        if (work.File.Day(dayId)?.Targets.Any(t => string.Equals(t.Id, target.Id, StringComparison.Ordinal)) == true)
        {
            throw new FieldException("id", $"action day {dayId} already has a target {target.Id}");
        }

        work.Write($"action day {dayId}: target {target.Id} ({target.Country} {target.Kind}) added").AddTarget(work.Reference, dayId, target, work.UserId, work.Now);
        return target;
    }

    public static Team AddTeam(CaseWork work, string dayId, TeamInput input)
    {
        ArgumentNullException.ThrowIfNull(work);
        var team = ActionDayForms.Team(input);
        var day = work.File.Day(dayId);
        var unknown = team.TargetIds.FirstOrDefault(id => day?.Targets.Any(t => string.Equals(t.Id, id, StringComparison.Ordinal)) != true);
        if (unknown is not null)
        {
            throw new FieldException("targets", $"action day {dayId} has no target {unknown}");
        }

        if (day!.Teams.Any(t => string.Equals(t.Id, team.Id, StringComparison.Ordinal)))
        {
            throw new FieldException("id", $"action day {dayId} already has a team {team.Id}");
        }

        work.Write($"action day {dayId}: team {team.Id} ({team.TimeZoneId}; targets {string.Join(", ", team.TargetIds)}) added").AddTeam(work.Reference, dayId, team, work.UserId, work.Now);
        return team;
    }

    public static DateTimeOffset SetHHour(CaseWork work, string dayId, HHourInput input)
    {
        ArgumentNullException.ThrowIfNull(work);
        var instant = ActionDayForms.HHour(input);
        if (work.File.Day(dayId)?.HHour is { } set)
        {
            throw new InvalidOperationException($"action day {dayId}: the H-hour is already set ({set:yyyy-MM-dd HH:mm}Z); it is set once so every team keeps the same moment");
        }

        work.Write($"action day {dayId}: H-hour set to {instant:yyyy-MM-dd HH:mm}Z ({input.Date} {input.Time} {input.Zone})").SetHHour(work.Reference, dayId, instant, work.UserId, work.Now);
        return instant;
    }

    /// <returns>The team's report number.</returns>
    public static int Report(CaseWork work, string dayId, string teamId, ReportInput input)
    {
        ArgumentNullException.ThrowIfNull(work);
        var day = work.File.Day(dayId) ?? throw new KeyNotFoundException($"no action day {dayId}");
        if (!day.Teams.Any(t => string.Equals(t.Id, teamId, StringComparison.Ordinal)))
        {
            throw new KeyNotFoundException($"no team {teamId}");
        }

        // A report is never dated before the team's last one (clocks of two requests may cross by a few milliseconds).
        var last = day.Team(teamId).Reports is { IsEmpty: false } reports ? reports[^1].At : DateTimeOffset.MinValue;
        var at = work.Now < last ? last : work.Now;
        var report = ActionDayForms.Report(input, at);
        if (!Team.CanMove(day.Team(teamId).Status, report.Status))
        {
            throw new FieldException("status", $"team {teamId} is {day.Team(teamId).Status}: it cannot report {report.Status}");
        }

        var what = $"action day {dayId}: team {teamId} reports {report.Status}, {report.PersonsFound} found, {report.Arrests} arrests, {report.Victims.Length} victims, {report.Seized.Sum(s => s.Quantity)} items, cash {string.Join(" ", report.Cash.Select(c => c.Key + "=" + c.Value))}";
        return work.Write(what).Report(work.Reference, dayId, teamId, report, work.UserId, work.Now);
    }
}
