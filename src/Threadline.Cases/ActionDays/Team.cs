using System.Collections.Immutable;
using Threadline.Cases.Deadlines;

namespace Threadline.Cases.ActionDays;

/// <summary>A team on the action day: who, where (its IANA time zone), which targets, its briefing, and its reports.</summary>
public sealed record Team
{
    public Team(string id, string name, string timeZoneId, TeamRoster roster, IEnumerable<string> targetIds, string? briefing = null, IEnumerable<string>? equipment = null)
    {
        Id = Model.Text.Id(id, "team id");
        Name = Model.Text.Required(name, "team name", 200);
        TimeZoneId = TimeZones.Find(timeZoneId).Id;
        Roster = roster ?? throw new ArgumentNullException(nameof(roster));
        TargetIds = (targetIds ?? []).Select(t => Model.Text.Id(t, "target id")).Distinct(StringComparer.Ordinal).ToImmutableArray();
        Briefing = Model.Text.Optional(briefing, "briefing", Model.Text.BodyLength);
        Equipment = (equipment ?? []).Select(e => Model.Text.Required(e, "equipment", 200)).ToImmutableArray();
    }

    public string Id { get; }

    public string Name { get; }

    /// <summary>The team's IANA time zone: where it works, so where its H-hour is shown.</summary>
    public string TimeZoneId { get; }

    public TeamRoster Roster { get; }

    public ImmutableArray<string> TargetIds { get; }

    public string? Briefing { get; }

    public ImmutableArray<string> Equipment { get; }

    public ImmutableArray<TeamReport> Reports { get; private init; } = [];

    /// <summary>The status of the latest report (Briefed before any).</summary>
    public TeamStatus Status => Reports.IsEmpty ? TeamStatus.Briefed : Reports[^1].Status;

    /// <summary>True when a team may move from <paramref name="from"/> to <paramref name="to"/> (staying put is allowed: a report of new outcomes).</summary>
    public static bool CanMove(TeamStatus from, TeamStatus to) =>
        from == to
            ? from is not TeamStatus.Aborted
            : to == TeamStatus.Aborted
                ? from is not TeamStatus.Finished
                : from is not TeamStatus.Aborted && to > from;

    /// <summary>Adds a report; a status moving backwards, or any report after the team aborted, is refused.</summary>
    public Team Add(TeamReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (!CanMove(Status, report.Status))
        {
            throw new InvalidOperationException($"team {Id}: cannot go from {Status} to {report.Status}");
        }

        if (Reports.Length > 0 && report.At < Reports[^1].At)
        {
            throw new InvalidOperationException($"team {Id}: report at {report.At:O} is older than the last one ({Reports[^1].At:O})");
        }

        if (Reports.Length >= 10_000)
        {
            throw new InvalidOperationException($"team {Id}: at most 10,000 reports");
        }

        return this with { Reports = Reports.Add(report) };
    }

    /// <summary>When the team reached <paramref name="status"/>, if it did.</summary>
    public DateTimeOffset? ReachedAt(TeamStatus status) => Reports.FirstOrDefault(r => r.Status == status)?.At;
}
