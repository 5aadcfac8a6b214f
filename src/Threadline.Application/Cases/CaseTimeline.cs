using System.Globalization;
using Threadline.Application.Link;
using Threadline.Application.Money;
using Threadline.Cases.Model;
using Threadline.Cases.Store;
using Threadline.Linking;
using Threadline.Storage;

namespace Threadline.Application.Cases;

/// <summary>
/// One timeline of everything dated in a case: the stays of the attached personas (and of the attached networks'
/// personas), the networks' bookings, the payments of accounts tied to them or attached, the case's notes and tasks,
/// warrants and requests with their deadlines, and the action day (H-hour, team reports). Victims appear only through
/// deadlines the user may see, under their pseudonym.
/// </summary>
public static class CaseTimeline
{
    /// <summary>The most events a timeline returns (the earliest ones are kept; <see cref="CaseTimelineResult.Truncated"/> says so).</summary>
    public const int MaxEvents = 20_000;

    public static CaseTimelineResult Build(IWorkspaceStore store, CaseFiles files, CaseFile file, string userId, TimelineFilter? filter = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(file);
        filter = (filter ?? new TimelineFilter()).Checked();
        var events = new List<TimelineEvent>();
        var personas = new Dictionary<string, Persona>(StringComparer.Ordinal);
        var accounts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var a in file.Case.Attachments)
        {
            switch (a.Kind)
            {
                case AttachmentKind.NetworkLead:
                    foreach (var p in LinkResults.PersonasOf(store, a.Id))
                    {
                        personas.TryAdd(p.Id, p);
                    }

                    if (LinkResults.Network(store, a.Id) is { } network)
                    {
                        events.AddRange(network.Bookings.Select(b => Booking(network.Id, b)));
                    }

                    accounts.UnionWith((MoneyResults.OfNetwork(store, a.Id)?.Accounts ?? []).Select(t => t.Account));
                    break;
                case AttachmentKind.Persona when LinkResults.Persona(store, a.Id) is { } persona:
                    personas.TryAdd(persona.Id, persona);
                    break;
                case AttachmentKind.Account:
                    accounts.Add(a.Id);
                    break;
            }
        }

        foreach (var persona in personas.Values)
        {
            events.AddRange(persona.Movement.Stays.Select(s => new TimelineEvent(
                s.From, s.To, "stay", Invariant($"{persona.Id} advertised in {s.City} ({s.Ads} ads)"), Place(s.City, s.Country), [persona.Id, .. persona.Names], persona.Id)));
        }

        events.AddRange(Payments(store, accounts));
        events.AddRange(CaseOwn(file));
        events.AddRange(files.Deadlines(userId, file.Reference).Select(d => new TimelineEvent(
            d.Deadline.DueAt, null, "deadline", Invariant($"{d.Deadline.Label} [{d.Deadline.LegalReference}]"), null, PersonsOf(file, d.Source), d.Source)));
        var kept = events.Where(filter.Keeps).OrderBy(e => e.At).ThenBy(e => e.Kind, StringComparer.Ordinal).ThenBy(e => e.Source, StringComparer.Ordinal).ToList();
        return new CaseTimelineResult(file.Reference, kept.Take(MaxEvents).ToList(), kept.Count > MaxEvents);
    }

    private static IEnumerable<TimelineEvent> CaseOwn(CaseFile file)
    {
        yield return new TimelineEvent(file.Header.OpenedAt, null, "case", $"case {file.Reference} opened by {file.Header.OpenedBy}", null, [], file.Reference);
        foreach (var entry in file.Case.Entries)
        {
            var kind = entry switch { Hypothesis => "hypothesis", CaseTask => "task", _ => "note" };
            yield return new TimelineEvent(entry.CreatedAt, null, kind, $"{kind} {entry.Id} by {entry.Author} ({entry.Marking.Label}): {Short(entry.Body)}", null, [entry.Author], entry.Id);
        }

        foreach (var w in file.Warrants)
        {
            var who = PersonsOf(file, w.PersonId);
            yield return Day(w.IssuedOn, "warrant", $"EAW {w.Id} {(w.Direction == Threadline.Cases.Warrants.WarrantDirection.Issued ? "issued (executing state " : "received (issuing state ")}{w.OtherState})", who, w.Id);
            if (w.Execution is { } x)
            {
                yield return Day(x.ArrestedOn, "warrant", $"EAW {w.Id}: arrest", who, w.Id);
                if (x.ConsentedOn is { } consent)
                {
                    yield return Day(consent, "warrant", $"EAW {w.Id}: consent to surrender", who, w.Id);
                }

                if (x.FinalDecisionOn is { } decided)
                {
                    yield return Day(decided, "warrant", $"EAW {w.Id}: final decision on execution", who, w.Id);
                }
            }

            if (w.SurrenderedOn is { } surrendered)
            {
                yield return Day(surrendered, "warrant", $"EAW {w.Id}: surrender", who, w.Id);
            }
        }

        foreach (var q in file.Requests)
        {
            yield return new TimelineEvent(q.Request.ReceivedAt, null, "request", $"request {q.Id} {(q.Direction == Threadline.Cases.Warrants.RequestDirection.Received ? "received from" : "sent to")} {q.Counterpart}: {Short(q.Subject)}", null, [], q.Id);
            if (q.AnsweredAt is { } answered)
            {
                yield return new TimelineEvent(answered, null, "request", $"request {q.Id} answered", null, [], q.Id);
            }
        }

        foreach (var day in file.ActionDays)
        {
            var countries = string.Join(", ", day.Targets.Select(t => t.Country).Distinct(StringComparer.Ordinal));
            if (day.HHour is { } h)
            {
                yield return new TimelineEvent(h, null, "action-day", $"action day {day.Id}: H-hour ({day.Targets.Length} targets, {day.Teams.Length} teams)", countries, [], day.Id);
            }

            foreach (var team in day.Teams)
            {
                var place = string.Join(", ", day.TargetsOf(team.Id).Select(t => t.Country).Distinct(StringComparer.Ordinal));
                foreach (var r in team.Reports)
                {
                    yield return new TimelineEvent(r.At, null, "report", Invariant($"team {team.Id}: {r.Status} (found {r.PersonsFound}, arrests {r.Arrests}, victims {r.Victims.Length})"), place, [team.Roster.Lead, .. r.Victims.Select(v => v.Pseudonym.Value)], team.Id);
                }
            }
        }
    }

    /// <summary>
    /// The payments made or received by the accounts (their payer/beneficiary statements point at the account entities), read
    /// one by one rather than by decoding every payment of the workspace.
    /// </summary>
    private static IEnumerable<TimelineEvent> Payments(IWorkspaceStore store, HashSet<string> accounts)
    {
        if (accounts.Count == 0)
        {
            yield break;
        }

        var accountIds = accounts.Select(PaymentStatements.AccountId).ToHashSet(StringComparer.Ordinal);
        var paymentIds = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var role in new[] { "payer", "beneficiary" })
        {
            foreach (var s in store.ReadStatements(new StatementQuery { Schema = "Payment", Property = role }))
            {
                if (accountIds.Contains(s.Value))
                {
                    paymentIds.Add(s.EntityId);
                }
            }
        }

        foreach (var id in paymentIds.Take(MaxEvents + 1))
        {
            if (store.GetEntity(id) is not { } p
                || !decimal.TryParse(p.First("amount"), NumberStyles.Number, CultureInfo.InvariantCulture, out var amount)
                || !DateTimeOffset.TryParse(p.First("date"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
            {
                continue;
            }

            var payer = p.First("payerName");
            var payee = p.First("beneficiaryName");
            yield return new TimelineEvent(
                date, null, "payment",
                Invariant($"{amount:0.00} {p.First("currency") ?? "EUR"} from {payer ?? "cash"} to {payee ?? "cash"}"),
                p.First("city"), Names(payer, payee), p.First("transactionNumber") ?? p.Id);
        }
    }

    private static TimelineEvent Booking(string networkId, BookingLink b) => new(
        new DateTimeOffset(b.CheckIn.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
        new DateTimeOffset(b.CheckOut.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
        "booking", $"{b.Platform} booking {b.BookingRef}{(b.BookerName is null ? string.Empty : " by " + b.BookerName)} ({b.Basis})", b.City,
        Names(b.PersonaId, b.BookerName), b.BookingRef + " (" + networkId + ")");

    private static TimelineEvent Day(DateOnly day, string kind, string title, IReadOnlyList<string> persons, string source) =>
        new(new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), null, kind, title, null, persons, source);

    private static IReadOnlyList<string> PersonsOf(CaseFile file, string? idOrSource)
    {
        if (idOrSource is null)
        {
            return [];
        }

        var id = idOrSource.Contains(' ', StringComparison.Ordinal) ? idOrSource[(idOrSource.IndexOf(' ', StringComparison.Ordinal) + 1)..] : idOrSource;
        var warrant = file.Warrants.FirstOrDefault(w => string.Equals(w.Id, id, StringComparison.Ordinal));
        var personId = warrant?.PersonId ?? id;
        var person = file.Case.Persons.FirstOrDefault(p => string.Equals(p.Id, personId, StringComparison.Ordinal));
        return person is null ? [] : [person.Id, person.DisplayName];
    }

    private static List<string> Names(params string?[] names) => names.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n!).Distinct(StringComparer.Ordinal).ToList();

    private static string? Place(string? city, string? country) =>
        city is null ? country : country is null ? city : city + ", " + country;

    private static string Short(string text) => text.Length > 120 ? text[..120] + "…" : text;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
