using Threadline.Application.Ingest;
using Threadline.Application.Link;
using Threadline.Application.Money;
using Threadline.Cases.Model;
using Threadline.Cases.Persons;
using Threadline.Cases.Store;
using Threadline.Matching;
using Threadline.Matching.Records;
using Threadline.Storage;

namespace Threadline.Application.Cases;

/// <summary>What a proposal run found: the candidate persons gathered, the pairs proposed, and what the store wrote.</summary>
public sealed record PersonProposals(PersonRecordSet Records, IReadOnlyList<PersonMatch> Proposed, ProposalsSaved Saved, int CandidatePairs, string? Note);

/// <summary>
/// Persons from the case's sources, matched across sources: the bookers of the attached networks' bookings (and of
/// attached bookings), the holders of the accounts tied to the networks or attached, and the contact data of the ads of
/// the attached personas and networks' personas become candidate persons; <see cref="PersonMatcher"/> (Fellegi–Sunter)
/// scores the pairs, and pairs between two different kinds of source (booking ↔ bank file ↔ ads) at or above the
/// threshold are stored as proposed matches with their evidence. An analyst confirms, rejects or marks them unsure
/// (<see cref="CaseFiles.DecideMatch"/>).
/// </summary>
public static class CasePersons
{
    /// <summary>The most ads read per persona for e-mail addresses.</summary>
    public const int MaxAdsPerPersona = 50;

    /// <summary>Gathers the candidate persons, runs the matcher, stores the proposals (audited by the caller).</summary>
    public static PersonProposals Propose(IWorkspaceStore store, CaseFiles files, string reference, string by, DateTimeOffset at, double threshold = 0.5)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(files);
        if (threshold is < 0.01 or > 1 || double.IsNaN(threshold))
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "threshold: a match probability from 0.01 to 1");
        }

        var file = files.Get(reference);
        var records = new PersonRecordSet(at, Gather(store, file));
        var (proposed, candidates, note) = Match(records, at, threshold);
        var saved = files.SaveProposals(reference, records, proposed, by, at);
        return new PersonProposals(records, proposed, saved, candidates, note);
    }

    /// <summary>The candidate persons of the case's sources, one per booker, account holder and ad persona (identical bookers merged).</summary>
    public static IReadOnlyList<SourcePerson> Gather(IWorkspaceStore store, CaseFile file)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(file);
        var list = new List<SourcePerson>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(SourcePerson? p)
        {
            if (p is not null && list.Count < PersonRecordSet.MaxRecords && seen.Add(p.Id))
            {
                list.Add(p);
            }
        }

        var bookings = new List<(string EntityId, string? NetworkId)>();
        var accounts = new List<(string Key, string? Holder, string? NetworkId)>();
        var personas = new List<(string Id, string? NetworkId)>();
        foreach (var a in file.Case.Attachments)
        {
            switch (a.Kind)
            {
                case AttachmentKind.NetworkLead:
                    if (LinkResults.Network(store, a.Id) is { } network)
                    {
                        bookings.AddRange(network.Bookings.Select(b => (BookingIngest.BookingId(b.Platform, b.BookingRef), (string?)network.Id)));
                        personas.AddRange(network.PersonaIds.Select(p => (p, (string?)network.Id)));
                    }

                    accounts.AddRange((MoneyResults.OfNetwork(store, a.Id)?.Accounts ?? []).Select(t => (t.Account, t.Holder, (string?)a.Id)));
                    break;
                case AttachmentKind.Booking:
                    bookings.Add((a.Id, null));
                    break;
                case AttachmentKind.Account:
                    accounts.Add((a.Id, null, null));
                    break;
                case AttachmentKind.Persona:
                    personas.Add((a.Id, null));
                    break;
            }
        }

        // Bookers: one record per distinct booker (name, e-mail, phone); the bookings it made are its reference.
        var bookers = new Dictionary<string, (string Name, string? Email, string? Phone, string? Network, List<string> Refs)>(StringComparer.Ordinal);
        foreach (var (entityId, networkId) in bookings.DistinctBy(b => b.EntityId))
        {
            if (store.GetEntity(entityId) is not { } e)
            {
                continue;
            }

            var name = e.First("bookerName");
            var email = e.First("bookerEmail");
            var phone = e.First("bookerPhone");
            if (name is null && email is null && phone is null)
            {
                continue;
            }

            var key = string.Join('\u001f', name?.Trim().ToLowerInvariant(), email?.Trim().ToLowerInvariant(), phone);
            var label = (e.First("platform") ?? "booking") + " " + (e.First("bookingRef") ?? entityId);
            if (bookers.TryGetValue(key, out var b))
            {
                b.Refs.Add(label);
            }
            else
            {
                bookers[key] = (name ?? string.Empty, email, phone, networkId, [label]);
            }
        }

        foreach (var (key, b) in bookers.OrderBy(k => k.Value.Refs[0], StringComparer.Ordinal))
        {
            Add(Safe(() => new SourcePerson(
                "booking:" + Threadline.Core.Ids.Hash(key)[..16], PersonSourceKind.Booking, Refs(b.Refs), b.Name.Length == 0 ? null : b.Name, b.Email, b.Phone, networkId: b.Network)));
        }

        // Account holders.
        foreach (var (key, holder, networkId) in accounts.DistinctBy(a => a.Key))
        {
            var e = store.GetEntity(PaymentStatements.AccountId(key));
            Add(Safe(() => new SourcePerson(
                "account:" + Cut(key, 100), PersonSourceKind.Account, key, e?.First("holderName") ?? holder, e?.First("email"), e?.First("phone"), e?.First("address"), e?.First("country"), networkId)));
        }

        // Ad contact data: one record per persona (its first name and phone, an e-mail from its ads).
        foreach (var (personaId, networkId) in personas.DistinctBy(p => p.Id))
        {
            if (LinkResults.Persona(store, personaId) is not { } persona)
            {
                continue;
            }

            string? email = null;
            foreach (var adId in persona.AdIds.Take(MaxAdsPerPersona))
            {
                if (store.GetEntity(adId)?.First("email") is { } found)
                {
                    email = found;
                    break;
                }
            }

            Add(Safe(() => new SourcePerson(
                "ad:" + Cut(persona.Id, 100), PersonSourceKind.Ad, persona.Id + (persona.AdIds.Count > 0 ? " (" + persona.AdIds.Count + " ads)" : string.Empty),
                persona.Names.FirstOrDefault(), email, persona.Phones.FirstOrDefault(), networkId: networkId ?? persona.NetworkId)));
        }

        return list;
    }

    /// <summary>Runs the matcher over the records and keeps the pairs across two kinds of source at or above the threshold.</summary>
    public static (IReadOnlyList<PersonMatch> Proposed, int CandidatePairs, string? Note) Match(PersonRecordSet records, DateTimeOffset at, double threshold = 0.5)
    {
        ArgumentNullException.ThrowIfNull(records);
        var list = records.Records;
        if (list.Select(r => r.Source).Distinct().Count() < 2)
        {
            return ([], 0, "fewer than two kinds of source (bookings, bank files, ads): nothing to match across");
        }

        var input = list.Select(r => new PersonRecord(r.Id, FullName: r.Name, Phone: r.Phone, Email: r.Email)).ToList();
        MatchRun run;
        try
        {
            run = PersonMatcher.Dedupe(input, new MatchOptions(RandomPairs: 50_000, Threshold: threshold, Em: new Threadline.Matching.Model.EmOptions(FixU: true)));
        }
        catch (InvalidOperationException ex)
        {
            return ([], 0, ex.Message);
        }

        var byId = list.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var proposed = new List<PersonMatch>();
        foreach (var pair in run.Matches(threshold))
        {
            var a = byId[run.Records[pair.A].Source.Id];
            var b = byId[run.Records[pair.B].Source.Id];
            if (a.Source == b.Source)
            {
                continue;
            }

            proposed.Add(new PersonMatch(a.Id, b.Id, Math.Round(pair.Probability, 6), Math.Round(pair.Weight, 4), run.Explain(pair).Select(e => new MatchFieldEvidence(e.Comparison, e.Level, Math.Round(e.Weight, 4))), at));
            if (proposed.Count >= CaseFiles.MaxProposals)
            {
                break;
            }
        }

        return (proposed, run.Pairs.Count, null);
    }

    private static string Refs(List<string> refs) =>
        Cut(string.Join(", ", refs.Take(3)) + (refs.Count > 3 ? $" (+{refs.Count - 3})" : string.Empty), 200);

    private static string Cut(string s, int max) => s.Length > max ? s[..max] : s;

    // A source row with an over-long or broken field is left out rather than failing the whole gathering.
    private static SourcePerson? Safe(Func<SourcePerson> make)
    {
        try
        {
            return make();
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
