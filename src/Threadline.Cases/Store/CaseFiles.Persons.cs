using System.Security.Cryptography;
using System.Text;
using Threadline.Cases.Grading;
using Threadline.Cases.Model;
using Threadline.Cases.Persons;

namespace Threadline.Cases.Store;

/// <summary>What a gathering of candidate persons wrote: new matches, matches re-scored, matches kept as they were.</summary>
public sealed record ProposalsSaved(int Records, int New, int Rescored, int Unchanged, int Decided);

public sealed partial class CaseFiles
{
    /// <summary>The most matches one gathering proposes.</summary>
    public const int MaxProposals = 5_000;

    /// <summary>
    /// Stores a gathering of candidate persons (a new version of the record set) and the matcher's proposals: a new pair is
    /// written, a pair still undecided whose score changed gets a new version, and a pair an analyst decided keeps its
    /// decision (a rejected pair is never proposed again).
    /// </summary>
    public ProposalsSaved SaveProposals(string reference, PersonRecordSet records, IReadOnlyList<PersonMatch> proposals, string by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(proposals);
        if (proposals.Count > MaxProposals)
        {
            throw new ArgumentException($"{proposals.Count} proposals; at most {MaxProposals}", nameof(proposals));
        }

        foreach (var p in proposals)
        {
            if (p.Decision is not null || records.Find(p.RecordA) is null || records.Find(p.RecordB) is null)
            {
                throw new ArgumentException($"match {p.Id}: a proposal is undecided and between two gathered records", nameof(proposals));
            }
        }

        return Change<ProposalsSaved>(reference, l =>
        {
            Writable(l);
            var existing = Store.Current(reference, CaseKinds.Match).ToDictionary(r => r.Id, CaseCodec.Match, StringComparer.Ordinal);
            var list = new List<CaseRecord>
            {
                Record(l.Reference, CaseKinds.PersonRecords, CaseKinds.PersonRecords, l.Next(CaseKinds.PersonRecords, CaseKinds.PersonRecords), at, by, CaseCodec.PersonRecords(records)),
            };
            int fresh = 0, rescored = 0, unchanged = 0, decided = 0;
            foreach (var p in proposals.DistinctBy(p => p.Id))
            {
                if (!existing.TryGetValue(p.Id, out var was))
                {
                    fresh++;
                    list.Add(Record(l.Reference, CaseKinds.Match, p.Id, l.Next(CaseKinds.Match, p.Id), at, by, CaseCodec.Match(p)));
                }
                else if (was.Decision is not null)
                {
                    decided++;
                }
                else if (was.SameScore(p))
                {
                    unchanged++;
                }
                else
                {
                    rescored++;
                    list.Add(Record(l.Reference, CaseKinds.Match, p.Id, l.Next(CaseKinds.Match, p.Id), at, by, CaseCodec.Match(p)));
                }
            }

            return ((IReadOnlyList<CaseRecord>)list, (CaseStatus?)null, new ProposalsSaved(records.Records.Length, fresh, rescored, unchanged, decided));
        });
    }

    /// <summary>The latest gathering of candidate persons, or null before the first.</summary>
    public PersonRecordSet? PersonRecords(string reference)
    {
        _ = Get(reference);
        return Store.Current(reference, CaseKinds.PersonRecords).Select(CaseCodec.PersonRecords).FirstOrDefault();
    }

    /// <summary>Every match as it stands now, most probable first.</summary>
    public IReadOnlyList<PersonMatch> Matches(string reference)
    {
        _ = Get(reference);
        return Store.Current(reference, CaseKinds.Match).Select(CaseCodec.Match)
            .OrderByDescending(m => m.Probability).ThenBy(m => m.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>One match as it stands now, or null.</summary>
    public PersonMatch? Match(string reference, string matchId) =>
        Matches(reference).FirstOrDefault(m => string.Equals(m.Id, matchId, StringComparison.Ordinal));

    /// <summary>Every version of one match (proposals and decisions), oldest first, with when and by whom each was written.</summary>
    public IReadOnlyList<(CaseRecord Record, PersonMatch Match)> MatchHistory(string reference, string matchId)
    {
        _ = Get(reference);
        return Store.History(reference, CaseKinds.Match, matchId).Select(r => (r, CaseCodec.Match(r))).ToList();
    }

    /// <summary>For each case person confirmed from matches, the source records it was confirmed from.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> PersonSources(string reference)
    {
        _ = Get(reference);
        return Store.Current(reference, CaseKinds.PersonSources).ToDictionary(r => r.Id, CaseCodec.PersonSources, StringComparer.Ordinal);
    }

    /// <summary>
    /// Records an analyst's decision on a match. Confirming makes the two records one case person: the person one of
    /// them already belongs to, or <paramref name="intoPersonId"/>, or a new person with the data-subject category
    /// (required then, LED Art. 6; victims are added through their victim record, never by name), named after the
    /// records; the person's sources list grows by the two records. A confirmation is final (it made a person); a
    /// rejection or "unsure" can be changed later.
    /// </summary>
    /// <returns>The decision written (with the case person of a confirmation).</returns>
    public MatchDecision DecideMatch(string reference, string matchId, MatchStatus status, string reason, string by, DateTimeOffset at, DataSubjectCategory? category = null, string? intoPersonId = null, Marking? marking = null) =>
        Change<MatchDecision>(reference, l =>
        {
            Writable(l);
            var match = Store.Current(reference, CaseKinds.Match).Where(r => string.Equals(r.Id, matchId, StringComparison.Ordinal)).Select(CaseCodec.Match).FirstOrDefault()
                ?? throw new KeyNotFoundException($"case {reference}: no match '{(matchId is { Length: > 64 } ? matchId[..64] + "…" : matchId)}'");
            if (match.Status == MatchStatus.Confirmed)
            {
                throw new InvalidOperationException($"case {reference}: match {match.Id} is confirmed already (person {match.Decision!.PersonId})");
            }

            var list = new List<CaseRecord>();
            string? personId = null;
            if (status == MatchStatus.Confirmed)
            {
                var sources = Store.Current(reference, CaseKinds.PersonSources).ToDictionary(r => r.Id, CaseCodec.PersonSources, StringComparer.Ordinal);
                string? Owner(string record) => sources.FirstOrDefault(s => s.Value.Contains(record, StringComparer.Ordinal)).Key;
                var owners = new[] { Owner(match.RecordA), Owner(match.RecordB), intoPersonId }.OfType<string>().Distinct(StringComparer.Ordinal).ToList();
                if (owners.Count > 1)
                {
                    throw new InvalidOperationException($"case {reference}: match {match.Id} would join persons {string.Join(" and ", owners)}; they are kept apart");
                }

                personId = owners.FirstOrDefault();
                if (personId is not null)
                {
                    if (!l.Case.Persons.Any(p => string.Equals(p.Id, personId, StringComparison.Ordinal)))
                    {
                        throw new KeyNotFoundException($"case {reference}: no person '{personId}'");
                    }
                }
                else
                {
                    if (category is not { } c)
                    {
                        throw new ArgumentException("category: the data-subject category is required to make a person (LED Art. 6)", nameof(category));
                    }

                    if (c == DataSubjectCategory.Victim)
                    {
                        throw new ArgumentException("category: a victim is added through her victim record (a pseudonym), never by name from matches", nameof(category));
                    }

                    var recordSet = Store.Current(reference, CaseKinds.PersonRecords).Select(CaseCodec.PersonRecords).FirstOrDefault();
                    var a = recordSet?.Find(match.RecordA);
                    var b = recordSet?.Find(match.RecordB);
                    var name = a?.Name ?? b?.Name ?? a?.Label ?? b?.Label ?? match.RecordA;
                    personId = NewPersonId(l, match.Id);
                    var person = new CasePerson(personId, c, name, null, marking ?? new Marking(Grade.Parse("B2"), HandlingCode.H0));
                    _ = l.Case.AddPerson(person);
                    list.Add(Record(l.Reference, CaseKinds.Person, person.Id, 1, at, by, CaseCodec.Person(person)));
                }

                var had = sources.GetValueOrDefault(personId) ?? [];
                var now = had.Concat([match.RecordA, match.RecordB]).Distinct(StringComparer.Ordinal).ToList();
                if (now.Count != had.Count)
                {
                    list.Add(Record(l.Reference, CaseKinds.PersonSources, personId, l.Next(CaseKinds.PersonSources, personId), at, by, CaseCodec.PersonSources(now)));
                }
            }

            var decision = new MatchDecision(status, by, at, reason, personId);
            list.Add(Record(l.Reference, CaseKinds.Match, match.Id, l.Next(CaseKinds.Match, match.Id), at, by, CaseCodec.Match(match.Decided(decision))));
            return ((IReadOnlyList<CaseRecord>)list, (CaseStatus?)null, decision);
        });

    // "person-" and 8 hex digits from the match id; another hash round when the case uses that id already.
    private static string NewPersonId(Loaded l, string seed)
    {
        for (var i = 0; ; i++)
        {
            var id = "person-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(seed + "/" + i)))[..8];
            if (!l.Case.Persons.Any(p => string.Equals(p.Id, id, StringComparison.Ordinal)))
            {
                return id;
            }
        }
    }
}
