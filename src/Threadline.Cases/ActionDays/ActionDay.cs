using System.Collections.Immutable;
using Threadline.Cases.Deadlines;

namespace Threadline.Cases.ActionDays;

/// <summary>
/// A coordinated action day of one case: targets per country, teams, and one H-hour set once as an instant, shown to
/// each team in its own time zone. Immutable: every change returns a new plan, so concurrent reports from two teams
/// are two changes a store applies one after the other.
/// </summary>
public sealed record ActionDay
{
    public ActionDay(string id, string caseReference)
    {
        Id = Model.Text.Id(id, "action day id");
        CaseReference = Model.Text.Id(caseReference, "case reference");
    }

    public string Id { get; }

    public string CaseReference { get; }

    /// <summary>The H-hour as an instant (UTC), or null until set.</summary>
    public DateTimeOffset? HHour { get; private init; }

    public ImmutableArray<Target> Targets { get; private init; } = [];

    public ImmutableArray<Team> Teams { get; private init; } = [];

    /// <summary>Sets the H-hour, once.</summary>
    public ActionDay SetHHour(DateTimeOffset instant) =>
        HHour is null
            ? this with { HHour = instant.ToUniversalTime() }
            : throw new InvalidOperationException($"action day {Id}: H-hour is already set ({HHour:O}); it is set once so every team keeps the same moment");

    /// <summary>Sets the H-hour from a local time in a zone, e.g. 06:00 in Europe/Brussels.</summary>
    public ActionDay SetHHour(DateOnly day, TimeOnly localTime, string timeZoneId) =>
        SetHHour(TimeZones.ToInstant(day, localTime, TimeZones.Find(timeZoneId)));

    public ActionDay AddTarget(Target target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (Targets.Any(t => string.Equals(t.Id, target.Id, StringComparison.Ordinal)))
        {
            throw new InvalidOperationException($"action day {Id}: target {target.Id} already exists");
        }

        return Targets.Length >= 10_000
            ? throw new InvalidOperationException($"action day {Id}: at most 10,000 targets")
            : this with { Targets = Targets.Add(target) };
    }

    /// <summary>Adds a team; every target it names must exist.</summary>
    public ActionDay AddTeam(Team team)
    {
        ArgumentNullException.ThrowIfNull(team);
        if (Teams.Any(t => string.Equals(t.Id, team.Id, StringComparison.Ordinal)))
        {
            throw new InvalidOperationException($"action day {Id}: team {team.Id} already exists");
        }

        var unknown = team.TargetIds.FirstOrDefault(id => !Targets.Any(t => string.Equals(t.Id, id, StringComparison.Ordinal)));
        if (unknown is not null)
        {
            throw new InvalidOperationException($"team {team.Id}: unknown target {unknown}");
        }

        return Teams.Length >= 1000
            ? throw new InvalidOperationException($"action day {Id}: at most 1000 teams")
            : this with { Teams = Teams.Add(team) };
    }

    /// <summary>Records a team's report.</summary>
    public ActionDay Report(string teamId, TeamReport report)
    {
        var i = IndexOf(teamId);
        return this with { Teams = Teams.SetItem(i, Teams[i].Add(report)) };
    }

    public Team Team(string teamId) => Teams[IndexOf(teamId)];

    /// <summary>The H-hour as the team's clock shows it.</summary>
    public DateTimeOffset LocalHHour(string teamId)
    {
        var hour = HHour ?? throw new InvalidOperationException($"action day {Id}: H-hour is not set");
        return TimeZones.InZone(hour, TimeZones.Find(Team(teamId).TimeZoneId));
    }

    /// <summary>The targets a team needs (its briefing pack holds these and nothing else).</summary>
    public IReadOnlyList<Target> TargetsOf(string teamId)
    {
        var ids = Team(teamId).TargetIds;
        return Targets.Where(t => ids.Contains(t.Id, StringComparer.Ordinal)).ToList();
    }

    /// <summary>The day's figures so far.</summary>
    public ActionDaySummary Summary() => ActionDaySummary.Of(this);

    private int IndexOf(string teamId)
    {
        for (var i = 0; i < Teams.Length; i++)
        {
            if (string.Equals(Teams[i].Id, teamId, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new KeyNotFoundException($"action day {Id}: no team {teamId}");
    }
}
