using Threadline.Cases.Model;
using Threadline.Cases.Persons;
using Threadline.Cases.Store;

namespace Threadline.Application.Cases;

/// <summary>A candidate person as pages and JSON show it.</summary>
public sealed record CandidateView(string Id, string Source, string Reference, string? Name, string? Email, string? Phone, string? Address, string? Country, string? NetworkId, string? PersonId);

/// <summary>One comparison of a match's evidence.</summary>
public sealed record EvidenceView(string Comparison, string Level, double Weight);

/// <summary>A match as pages and JSON show it: the two records, the score, the evidence, and the latest decision.</summary>
public sealed record MatchView(
    string Id, string RecordA, string LabelA, string SourceA, string RecordB, string LabelB, string SourceB,
    double Probability, double Weight, IReadOnlyList<EvidenceView> Evidence, string Status, DateTimeOffset ProposedAt,
    string? DecidedBy, DateTimeOffset? DecidedAt, string? Reason, string? PersonId);

/// <summary>A case person confirmed from matches, with the source records it was confirmed from.</summary>
public sealed record ConfirmedPersonView(string Id, string Category, string Name, IReadOnlyList<string> Sources);

/// <summary>Everything the persons page and <c>case persons show</c> show.</summary>
public sealed record CasePersonsReport(string Reference, DateTimeOffset? GatheredAt, IReadOnlyList<CandidateView> Candidates, IReadOnlyList<MatchView> Matches, IReadOnlyList<ConfirmedPersonView> Persons)
{
    /// <summary>The report of a case as stored now.</summary>
    public static CasePersonsReport Of(CaseFiles files, string reference)
    {
        ArgumentNullException.ThrowIfNull(files);
        var file = files.Get(reference);
        var records = files.PersonRecords(reference);
        var sources = files.PersonSources(reference);
        var ownerOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (person, ids) in sources)
        {
            foreach (var id in ids)
            {
                ownerOf.TryAdd(id, person);
            }
        }

        var byId = records?.Records.ToDictionary(r => r.Id, StringComparer.Ordinal) ?? [];
        string Label(string id) => byId.TryGetValue(id, out var r) ? r.Label : id;
        string Source(string id) => byId.TryGetValue(id, out var r) ? Lower(r.Source) : "unknown";
        var candidates = (records?.Records ?? []).Select(r => new CandidateView(r.Id, Lower(r.Source), r.Reference, r.Name, r.Email, r.Phone, r.Address, r.Country, r.NetworkId, ownerOf.GetValueOrDefault(r.Id))).ToList();
        var matches = files.Matches(reference).Select(m => new MatchView(
            m.Id, m.RecordA, Label(m.RecordA), Source(m.RecordA), m.RecordB, Label(m.RecordB), Source(m.RecordB),
            m.Probability, m.Weight, [.. m.Evidence.Select(e => new EvidenceView(e.Comparison, e.Level, e.Weight))],
            Lower(m.Status), m.ProposedAt, m.Decision?.By, m.Decision?.At, m.Decision?.Reason, m.Decision?.PersonId)).ToList();
        var persons = file.Case.Persons.Where(p => sources.ContainsKey(p.Id))
            .Select(p => new ConfirmedPersonView(p.Id, Lower(p.Category), p.DisplayName, sources[p.Id])).ToList();
        return new CasePersonsReport(reference, records?.GatheredAt, candidates, matches, persons);
    }

    private static string Lower<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();
}
