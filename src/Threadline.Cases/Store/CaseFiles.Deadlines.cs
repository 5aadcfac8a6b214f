using Threadline.Cases.Deadlines;
using Threadline.Cases.Model;
using Threadline.Cases.Victims;

namespace Threadline.Cases.Store;

public sealed partial class CaseFiles
{
    /// <summary>The zone a country's reflection period is counted in (the capital's); Brussels for any other.</summary>
    private static readonly Dictionary<string, string> CountryZones = new(StringComparer.Ordinal)
    {
        ["BE"] = "Europe/Brussels",
        ["NL"] = "Europe/Amsterdam",
        ["ES"] = "Europe/Madrid",
        ["FR"] = "Europe/Paris",
        ["DE"] = "Europe/Berlin",
        ["PT"] = "Europe/Lisbon",
        ["IT"] = "Europe/Rome",
        ["LU"] = "Europe/Luxembourg",
        ["RO"] = "Europe/Bucharest",
        ["BG"] = "Europe/Sofia",
    };

    /// <summary>
    /// Every deadline of one case (or of all cases) as <paramref name="userId"/> may see them: warrants' limits,
    /// requests' answer limits, open tasks' due dates, and the reflection periods of the victim records the user may open
    /// (the others are not listed: a deadline would tell that the record exists).
    /// </summary>
    public IReadOnlyList<CaseDeadline> Deadlines(string userId, string? reference = null)
    {
        var references = reference is null ? List().Select(h => h.Reference) : [reference];
        var result = new List<CaseDeadline>();
        foreach (var r in references)
        {
            var file = reference is null ? Find(r) : Get(r);
            if (file is null)
            {
                continue;
            }

            foreach (var warrant in file.Warrants)
            {
                result.AddRange(warrant.Deadlines().Select(d => new CaseDeadline(r, "warrant " + warrant.Id, d)));
            }

            result.AddRange(file.Requests.Select(q => new CaseDeadline(r, "request " + q.Id, q.Deadline())));
            result.AddRange(JitDeadlines(r));
            foreach (var task in file.Case.Entries.OfType<CaseTask>())
            {
                if (task.DueAt is { } due)
                {
                    var d = new Deadline($"task.{task.Id}", $"task {task.Id}: {Short(task.Body)}", "case task", due, null, "UTC", TimeSpan.FromDays(1)) { MetAt = task.DoneAt };
                    result.Add(new CaseDeadline(r, "task " + task.Id, d));
                }
            }

            foreach (var victim in Victims(r, userId))
            {
                if (victim.Reflection is { } period)
                {
                    result.Add(new CaseDeadline(r, "victim " + victim.Pseudonym.Value, period.ToDeadline(victim.Pseudonym, CountryZones.GetValueOrDefault(period.Country, "Europe/Brussels"))));
                }
            }
        }

        return result.OrderBy(d => d.Deadline.DueAt).ThenBy(d => d.CaseReference, StringComparer.Ordinal).ThenBy(d => d.Deadline.Key, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The deadlines not yet met that pass before <paramref name="now"/> + <paramref name="within"/> (overdue ones
    /// included), most urgent first, each with its state at <paramref name="now"/>.
    /// </summary>
    public static IReadOnlyList<(CaseDeadline Deadline, DeadlineAlert Alert)> Upcoming(IEnumerable<CaseDeadline> deadlines, DateTimeOffset now, TimeSpan within)
    {
        ArgumentNullException.ThrowIfNull(deadlines);
        if (within < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(within), within, "the window cannot be negative");
        }

        return deadlines
            .Where(d => d.Deadline.MetAt is null && d.Deadline.DueAt <= now + within)
            .Select(d => (d, DeadlineAlert.At(d.Deadline, now)))
            .OrderBy(x => x.Item1.Deadline.DueAt)
            .ThenBy(x => x.Item1.CaseReference, StringComparer.Ordinal)
            .ToList();
    }

    private static string Short(string text) => text.Length > 60 ? text[..60] + "…" : text;
}
