using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Threadline.Application.Queries;
using Threadline.Application.Queries.Networks;
using Threadline.Cases.ActionDays;
using Threadline.Cases.Grading;
using Threadline.Cases.Model;
using Threadline.Cases.Store;

namespace Threadline.Web.ActionDays;

/// <summary>The planner's view of one action day: targets by country, teams with the H-hour on their own clock, and suggestions.</summary>
public sealed record PlanView(
    string Case,
    string Day,
    DateTimeOffset? HHour,
    IReadOnlyList<CountryTargets> Countries,
    IReadOnlyList<TeamPlan> Teams,
    IReadOnlyList<TargetSuggestion> Suggestions);

/// <summary>The targets of one country.</summary>
public sealed record CountryTargets(string Country, IReadOnlyList<TargetView> Targets);

/// <summary>A target with its evidence (each piece with its marking where the case holds one).</summary>
public sealed record TargetView(string Id, string Country, TargetKind Kind, string Description, IReadOnlyList<EvidenceView> Evidence);

/// <summary>One piece of evidence; <see cref="Marking"/> is the grading and handling label of the case item it names, if any.</summary>
public sealed record EvidenceView(string EntityId, string Why, string? Marking);

/// <summary>A team as planned: roster, targets, and the H-hour as its clock shows it ("06:00", with the offset).</summary>
public sealed record TeamPlan(
    string Id,
    string Name,
    string TimeZone,
    string? LocalHHour,
    string? LocalHHourDate,
    string? LocalOffset,
    TeamRoster Roster,
    IReadOnlyList<string> Targets,
    string? Briefing,
    IReadOnlyList<string> Equipment,
    TeamStatus Status);

/// <summary>A target an analyst may pick instead of typing it: what the case's attached network data point at.</summary>
public sealed record TargetSuggestion(TargetKind Kind, string Country, string Description, string EntityId, string Why, string Source);

/// <summary>The board: every team's status and outcomes so far, and the summary.</summary>
public sealed record BoardView(string Case, string Day, DateTimeOffset? HHour, IReadOnlyList<TeamBoard> Teams, SummaryView Summary);

/// <summary>One team on the board.</summary>
public sealed record TeamBoard(
    string Id,
    string Name,
    string Country,
    string TimeZone,
    string? LocalHHour,
    TeamStatus Status,
    DateTimeOffset? LastReportAt,
    int Reports,
    int PersonsFound,
    int Arrests,
    IReadOnlyList<VictimView> Victims,
    IReadOnlyList<SeizedView> Seized,
    IReadOnlyDictionary<string, decimal> Cash);

/// <summary>A victim as the board shows her: pseudonym and referral only.</summary>
public sealed record VictimView(string Pseudonym, string? Centre, DateOnly? On);

/// <summary>An item seized.</summary>
public sealed record SeizedView(string Description, int Quantity);

/// <summary>The end-of-day figures, in total and per country.</summary>
public sealed record SummaryView(
    int Searches,
    int Arrests,
    int PersonsFound,
    int VictimsIdentified,
    int VictimsReferred,
    int ItemsSeized,
    IReadOnlyDictionary<string, decimal> Cash,
    IReadOnlyList<CountrySummary> Countries,
    int TeamsFinished,
    int TeamsAborted);

/// <summary>One country's figures.</summary>
public sealed record CountrySummary(string Country, int Teams, int Searches, int Arrests, int VictimsReferred, int ItemsSeized);

/// <summary>A team's briefing pack: only its own targets, roster, briefing, equipment and local H-hour.</summary>
public sealed record PackView(
    string Case,
    string CaseTitle,
    string Day,
    string Team,
    string TeamName,
    string TimeZone,
    DateTimeOffset? HHour,
    string? LocalHHour,
    string? LocalHHourDate,
    TeamRoster Roster,
    string? Briefing,
    IReadOnlyList<string> Equipment,
    IReadOnlyList<TargetView> Targets,
    IReadOnlyList<string> Withheld);

/// <summary>Builds the action-day views from a case file (and, for suggestions, the workspace's network data).</summary>
public static class ActionDayViews
{
    /// <summary>The day the pages show when none is named (the CLI's default).</summary>
    public const string DefaultDay = "day1";

    /// <summary>At most this many suggestions of each kind.</summary>
    public const int MaxSuggestions = 200;

    private static readonly JsonSerializerOptions EtagJson = Json();

    /// <summary>The day named, or the default one, or an empty plan of that id when none exists yet.</summary>
    public static ActionDay DayOf(CaseFile file, string? day)
    {
        ArgumentNullException.ThrowIfNull(file);
        var id = string.IsNullOrWhiteSpace(day) ? DefaultDay : day.Trim();
        return file.Day(id) ?? new ActionDay(id, file.Reference);
    }

    public static PlanView Plan(CaseFile file, ActionDay day, Investigation? investigation)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(day);
        var markings = Markings(file);
        var countries = day.Targets.GroupBy(t => t.Country, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new CountryTargets(g.Key, g.Select(t => View(t, markings, ExportPurpose.CaseTeam, null)).ToList())).ToList();
        var teams = day.Teams.Select(t => TeamPlanOf(day, t)).ToList();
        return new PlanView(file.Reference, day.Id, day.HHour, countries, teams, investigation is null ? [] : Suggest(file, day, investigation));
    }

    public static BoardView Board(CaseFile file, ActionDay day)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(day);
        var targets = day.Targets.ToDictionary(t => t.Id, StringComparer.Ordinal);
        var teams = new List<TeamBoard>();
        foreach (var t in day.Teams)
        {
            var cash = new SortedDictionary<string, decimal>(StringComparer.Ordinal);
            foreach (var (currency, amount) in t.Reports.SelectMany(r => r.Cash))
            {
                cash[currency] = cash.GetValueOrDefault(currency) + amount;
            }

            var victims = t.Reports.SelectMany(r => r.Victims).GroupBy(v => v.Pseudonym.Value, StringComparer.Ordinal)
                .Select(g => g.LastOrDefault(v => v.Referral is not null) ?? g.Last())
                .Select(v => new VictimView(v.Pseudonym.Value, v.Referral?.Centre, v.Referral?.On)).ToList();
            var seized = t.Reports.SelectMany(r => r.Seized).GroupBy(s => s.Description, StringComparer.Ordinal)
                .Select(g => new SeizedView(g.Key, g.Sum(s => s.Quantity))).ToList();
            teams.Add(new TeamBoard(t.Id, t.Name, CountryOf(t, targets), t.TimeZoneId, day.HHour is null ? null : Clock(day.LocalHHour(t.Id)),
                t.Status, t.Reports.IsEmpty ? null : t.Reports[^1].At, t.Reports.Length, t.Reports.Sum(r => r.PersonsFound), t.Reports.Sum(r => r.Arrests),
                victims, seized, cash));
        }

        return new BoardView(file.Reference, day.Id, day.HHour, teams, SummaryOf(day, targets));
    }

    /// <summary>The pack of one team, or null when the day has no such team. Evidence the case team may not see is withheld, saying why.</summary>
    public static PackView? Pack(CaseFile file, ActionDay day, string teamId)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(day);
        if (!day.Teams.Any(t => string.Equals(t.Id, teamId, StringComparison.Ordinal)))
        {
            return null;
        }

        var team = day.Team(teamId);
        var markings = Markings(file);
        var withheld = new List<string>();
        var targets = day.TargetsOf(teamId).Select(t => View(t, markings, ExportPurpose.CaseTeam, withheld)).ToList();
        var local = day.HHour is null ? (DateTimeOffset?)null : day.LocalHHour(teamId);
        return new PackView(file.Reference, file.Header.Title, day.Id, team.Id, team.Name, team.TimeZoneId, day.HHour,
            local is { } l ? Clock(l) : null, local is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
            team.Roster, team.Briefing, team.Equipment, targets, withheld);
    }

    /// <summary>A strong ETag of a value as the API writes it: the same board gives the same tag.</summary>
    public static string ETag<T>(T value)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(value, EtagJson);
        return "\"" + Convert.ToHexStringLower(SHA256.HashData(bytes))[..32] + "\"";
    }

    /// <summary>"06:00" from a local time.</summary>
    public static string Clock(DateTimeOffset local) => local.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static TeamPlan TeamPlanOf(ActionDay day, Team t)
    {
        var local = day.HHour is null ? (DateTimeOffset?)null : day.LocalHHour(t.Id);
        return new TeamPlan(t.Id, t.Name, t.TimeZoneId, local is { } a ? Clock(a) : null, local?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            local?.ToString("zzz", CultureInfo.InvariantCulture), t.Roster, t.TargetIds, t.Briefing, t.Equipment, t.Status);
    }

    private static SummaryView SummaryOf(ActionDay day, Dictionary<string, Target> targets)
    {
        var s = day.Summary();
        var byCountry = day.Teams.GroupBy(t => CountryOf(t, targets), StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
            new CountrySummary(
                g.Key,
                g.Count(),
                s.SearchesByCountry.GetValueOrDefault(g.Key),
                s.ArrestsByCountry.GetValueOrDefault(g.Key),
                g.Sum(t => t.Reports.SelectMany(r => r.Victims).Where(v => v.Referral is not null).Select(v => v.Pseudonym.Value).Distinct(StringComparer.Ordinal).Count()),
                g.Sum(t => t.Reports.Sum(r => r.Seized.Sum(i => i.Quantity))))).ToList();
        return new SummaryView(s.Searches, s.Arrests, s.PersonsFound, s.VictimsIdentified, s.VictimsReferred, s.ItemsSeized, s.Cash, byCountry, s.TeamsFinished, s.TeamsAborted);
    }

    private static string CountryOf(Team t, Dictionary<string, Target> targets) =>
        t.TargetIds.Select(id => targets.TryGetValue(id, out var target) ? target.Country : null).FirstOrDefault(c => c is not null) ?? "??";

    private static Dictionary<string, Marking> Markings(CaseFile file)
    {
        var markings = new Dictionary<string, Marking>(StringComparer.Ordinal);
        foreach (var a in file.Case.Attachments)
        {
            markings.TryAdd(a.Id, a.Marking);
        }

        foreach (var p in file.Case.Persons)
        {
            markings.TryAdd(p.Id, p.Marking);
            markings.TryAdd("person:" + p.Id, p.Marking);
        }

        return markings;
    }

    private static TargetView View(Target t, Dictionary<string, Marking> markings, ExportPurpose purpose, List<string>? withheld)
    {
        var evidence = new List<EvidenceView>();
        foreach (var e in t.Evidence)
        {
            if (!markings.TryGetValue(e.EntityId, out var marking))
            {
                evidence.Add(new EvidenceView(e.EntityId, e.Why, null));
                continue;
            }

            var decision = ExportFilter.Decide(marking, purpose);
            if (decision.Included)
            {
                evidence.Add(new EvidenceView(e.EntityId, e.Why, marking.Label));
            }
            else
            {
                withheld?.Add($"{t.Id}: {e.EntityId} [{marking.Label}] withheld: {decision.Reason}");
            }
        }

        return new TargetView(t.Id, t.Country, t.Kind, t.Description, evidence);
    }

    /// <summary>
    /// What the attached network leads point at: the places of their bookings (address to search), the cities their ads
    /// ran in (for the country), and the accounts the money run tied to them (to freeze). Targets already planned with
    /// the same evidence are left out.
    /// </summary>
    private static List<TargetSuggestion> Suggest(CaseFile file, ActionDay day, Investigation investigation)
    {
        var used = day.Targets.SelectMany(t => t.Evidence).Select(e => e.EntityId).ToHashSet(StringComparer.Ordinal);
        var result = new List<TargetSuggestion>();
        foreach (var lead in file.Case.Attachments.Where(a => a.Kind == AttachmentKind.NetworkLead).Take(20))
        {
            NetworkView? view;
            try
            {
                view = NetworkQueries.View(investigation, lead.Id, 0, 1);
            }
            catch (ArgumentException)
            {
                view = null;
            }

            if (view is null)
            {
                continue;
            }

            var countries = view.Map.Cities.Where(c => c.Country is not null).GroupBy(c => c.Name, StringComparer.OrdinalIgnoreCase)
                .ToDictionary(g => g.Key, g => g.First().Country!, StringComparer.OrdinalIgnoreCase);
            string Country(string? city) => city is not null && countries.TryGetValue(city, out var c) && c.Length == 2 ? c.ToUpperInvariant() : string.Empty;

            foreach (var b in view.Network.Bookings.Take(MaxSuggestions))
            {
                var entity = "booking:" + b.BookingRef;
                if (used.Contains(entity))
                {
                    continue;
                }

                var place = string.Join(", ", new[] { b.Locator, b.City }.Where(x => !string.IsNullOrWhiteSpace(x)));
                result.Add(new TargetSuggestion(TargetKind.Address, Country(b.City), $"{(place.Length > 0 ? place : "booked place")} ({b.Platform} {b.BookingRef})",
                    entity, Bound($"booked {b.CheckIn:yyyy-MM-dd}–{b.CheckOut:yyyy-MM-dd} by {b.BookerName ?? "?"}: {b.Reason}"), lead.Id));
            }

            foreach (var city in view.Map.Cities.OrderByDescending(c => c.Ads).Take(MaxSuggestions))
            {
                var entity = "city:" + city.Name;
                if (city.Ads == 0 || used.Contains(entity))
                {
                    continue;
                }

                result.Add(new TargetSuggestion(TargetKind.Address, (city.Country ?? string.Empty).ToUpperInvariant(), $"Where the ads in {city.Name} were answered",
                    entity, Bound($"{city.Ads} ads of network {lead.Id} in {city.Name}"), lead.Id));
            }

            foreach (var a in (view.Money?.Accounts ?? []).Take(MaxSuggestions))
            {
                var entity = "account:" + a.Account;
                if (used.Contains(entity))
                {
                    continue;
                }

                var country = a.Account.Length >= 2 && char.IsAsciiLetterUpper(a.Account[0]) && char.IsAsciiLetterUpper(a.Account[1]) ? a.Account[..2] : string.Empty;
                result.Add(new TargetSuggestion(TargetKind.Account, country, $"Account {a.Account}{(a.Holder is null ? string.Empty : " (" + a.Holder + ")")} to freeze",
                    entity, Bound($"{(a.Direct ? "tied directly" : "money traced")}: {a.Reason}"), lead.Id));
            }
        }

        return result.DistinctBy(s => s.EntityId, StringComparer.Ordinal).Take(3 * MaxSuggestions).ToList();
    }

    private static string Bound(string text) => text.Length <= 1000 ? text : text[..1000];

    private static JsonSerializerOptions Json()
    {
        var o = new JsonSerializerOptions();
        WebApp.Configure(o);
        return o;
    }
}
