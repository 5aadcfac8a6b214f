using System.Collections.Immutable;

namespace Threadline.Cases.ActionDays;

/// <summary>
/// The end-of-day figures: searches carried out (address targets of teams that entered), arrests, persons found,
/// victims identified and referred, items seized and cash, in total and per country.
/// </summary>
public sealed record ActionDaySummary(
    int Searches,
    int Arrests,
    int PersonsFound,
    int VictimsIdentified,
    int VictimsReferred,
    int ItemsSeized,
    ImmutableSortedDictionary<string, decimal> Cash,
    ImmutableSortedDictionary<string, int> SearchesByCountry,
    ImmutableSortedDictionary<string, int> ArrestsByCountry,
    int TeamsFinished,
    int TeamsAborted)
{
    internal static ActionDaySummary Of(ActionDay day)
    {
        var targets = day.Targets.ToDictionary(t => t.Id, StringComparer.Ordinal);
        int searches = 0, arrests = 0, found = 0, identified = 0, referred = 0, seized = 0, finished = 0, aborted = 0;
        var cash = new SortedDictionary<string, decimal>(StringComparer.Ordinal);
        var searchesBy = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var arrestsBy = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var team in day.Teams)
        {
            // A team that reported secured or finished entered, even when its phone skipped the "entered" report.
            var entered = team.Reports.Any(r => r.Status is ActionDays.TeamStatus.Entered or ActionDays.TeamStatus.Secured or ActionDays.TeamStatus.Finished);
            var teamTargets = team.TargetIds.Select(id => targets[id]).ToList();
            var country = teamTargets.Select(t => t.Country).FirstOrDefault() ?? "??";
            if (entered)
            {
                foreach (var t in teamTargets.Where(t => t.Kind == TargetKind.Address))
                {
                    searches++;
                    searchesBy[t.Country] = searchesBy.GetValueOrDefault(t.Country) + 1;
                }
            }

            var teamArrests = team.Reports.Sum(r => r.Arrests);
            arrests += teamArrests;
            if (teamArrests > 0)
            {
                arrestsBy[country] = arrestsBy.GetValueOrDefault(country) + teamArrests;
            }

            found += team.Reports.Sum(r => r.PersonsFound);
            var victims = team.Reports.SelectMany(r => r.Victims).DistinctBy(v => v.Pseudonym).ToList();
            identified += victims.Count;
            referred += victims.Count(v => v.Referral is not null);
            seized += team.Reports.Sum(r => r.Seized.Sum(s => s.Quantity));
            foreach (var (currency, amount) in team.Reports.SelectMany(r => r.Cash))
            {
                cash[currency] = cash.GetValueOrDefault(currency) + amount;
            }

            finished += team.Status == ActionDays.TeamStatus.Finished ? 1 : 0;
            aborted += team.Status == ActionDays.TeamStatus.Aborted ? 1 : 0;
        }

        return new ActionDaySummary(searches, arrests, found, identified, referred, seized,
            cash.ToImmutableSortedDictionary(StringComparer.Ordinal), searchesBy.ToImmutableSortedDictionary(StringComparer.Ordinal),
            arrestsBy.ToImmutableSortedDictionary(StringComparer.Ordinal), finished, aborted);
    }
}
