using System.Collections.Immutable;

namespace Threadline.Cases.Deadlines;

/// <summary>
/// A Joint Investigation Team (Art. 13 of the 2000 EU Mutual Legal Assistance Convention; Framework Decision
/// 2002/465/JHA): set up by agreement for a limited period, which the parties may extend by mutual agreement.
/// </summary>
/// <param name="Name">The JIT's name or reference.</param>
/// <param name="TimeZoneId">IANA zone used to count its days (usually the leading state's).</param>
/// <param name="SignedOn">Day the agreement was signed.</param>
/// <param name="EndsOn">Last day of the agreed period, including extensions already agreed.</param>
/// <param name="ExtensionNoticeDays">How many days before the end to start agreeing an extension.</param>
/// <param name="Milestones">Planned milestones (operational meetings, funding reports, evaluation) with their day.</param>
public sealed record JointInvestigationTeam(
    string Name,
    string TimeZoneId,
    DateOnly SignedOn,
    DateOnly EndsOn,
    int ExtensionNoticeDays,
    ImmutableArray<(string Label, DateOnly Day)> Milestones)
{
    /// <summary>The deadlines of the JIT: the milestones, the extension decision and the end of the agreed period.</summary>
    public IReadOnlyList<Deadline> Deadlines()
    {
        var zone = TimeZones.Find(TimeZoneId);
        if (EndsOn < SignedOn)
        {
            throw new ArgumentException($"JIT {Name}: the period ends ({EndsOn:yyyy-MM-dd}) before the agreement was signed ({SignedOn:yyyy-MM-dd})");
        }

        if (ExtensionNoticeDays is < 0 or > 365)
        {
            throw new ArgumentException($"JIT {Name}: extension notice of {ExtensionNoticeDays} days; expected 0-365");
        }

        if (Milestones.Length > 1000)
        {
            throw new ArgumentException($"JIT {Name}: at most 1000 milestones");
        }

        var list = new List<Deadline>();
        var i = 0;
        foreach (var (label, day) in Milestones.OrderBy(m => m.Day))
        {
            if (string.IsNullOrWhiteSpace(label) || label.Length > 200)
            {
                throw new ArgumentException($"JIT {Name}: milestone {i + 1} needs a label of 1-200 characters");
            }

            list.Add(new Deadline($"jit.milestone.{++i}", label.Trim(), "JIT agreement (planned milestone)", TimeZones.EndOfDay(day, zone), day, zone.Id, TimeSpan.FromDays(7)));
        }

        var notice = EndsOn.AddDays(-ExtensionNoticeDays);
        list.Add(new Deadline("jit.extension", "agree an extension of the JIT, or prepare its closure and evaluation", "MLA Convention 2000 Art. 13(1); FD 2002/465/JHA Art. 1(1)",
            TimeZones.EndOfDay(notice, zone), notice, zone.Id, TimeSpan.FromDays(14)));
        list.Add(new Deadline("jit.end", "end of the agreed JIT period", "JIT agreement (period)", TimeZones.EndOfDay(EndsOn, zone), EndsOn, zone.Id, TimeSpan.FromDays(30),
            "The period may be extended by mutual agreement of the parties; after it ends, evidence gathered stays usable under the agreement's terms."));
        return list;
    }
}
