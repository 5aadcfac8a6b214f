using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;

namespace Threadline.Cases.Persons;

/// <summary>Where a proposed match stands.</summary>
public enum MatchStatus
{
    /// <summary>Proposed by the matcher, not decided.</summary>
    Proposed,

    /// <summary>An analyst confirmed it: the two records are one person of the case.</summary>
    Confirmed,

    /// <summary>An analyst rejected it: different people; not proposed again.</summary>
    Rejected,

    /// <summary>An analyst cannot tell yet.</summary>
    Unsure,
}

/// <summary>One comparison of a match's evidence: the level the pair fell in and the weight (log2 Bayes factor) it adds.</summary>
public sealed record MatchFieldEvidence(string Comparison, string Level, double Weight);

/// <summary>An analyst's decision on a match: what, who, when, why, and the case person a confirmation made or merged into.</summary>
public sealed record MatchDecision
{
    public MatchDecision(MatchStatus status, string by, DateTimeOffset at, string reason, string? personId = null)
    {
        Status = status is MatchStatus.Confirmed or MatchStatus.Rejected or MatchStatus.Unsure
            ? status
            : throw new ArgumentOutOfRangeException(nameof(status), status, "a decision confirms, rejects or marks unsure");
        By = string.IsNullOrWhiteSpace(by) || by.Length > 64 ? throw new ArgumentException("who decided is required (at most 64 characters)", nameof(by)) : by;
        At = at.ToUniversalTime();
        Reason = string.IsNullOrWhiteSpace(reason)
            ? throw new ArgumentException("reason is required", nameof(reason))
            : reason.Trim().Length > 2000 ? throw new ArgumentException("reason: at most 2000 characters", nameof(reason)) : reason.Trim();
        if (Reason.Any(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t'))
        {
            throw new ArgumentException("reason: control characters are not allowed", nameof(reason));
        }

        PersonId = status == MatchStatus.Confirmed
            ? personId ?? throw new ArgumentException("a confirmation names the case person", nameof(personId))
            : personId is null ? null : throw new ArgumentException("only a confirmation names a case person", nameof(personId));
    }

    public MatchStatus Status { get; }

    public string By { get; }

    public DateTimeOffset At { get; }

    public string Reason { get; }

    public string? PersonId { get; }
}

/// <summary>
/// A pair of candidate persons the matcher proposes as one person, with its evidence (comparison by comparison) and match
/// probability; an analyst's decision is a new version of it. The id is derived from the two record ids, so a later run
/// that proposes the same pair again finds it (and a rejected pair stays rejected).
/// </summary>
public sealed record PersonMatch
{
    public const int MaxEvidence = 16;

    public PersonMatch(string recordA, string recordB, double probability, double weight, IEnumerable<MatchFieldEvidence> evidence, DateTimeOffset proposedAt, MatchDecision? decision = null)
    {
        if (string.IsNullOrWhiteSpace(recordA) || string.IsNullOrWhiteSpace(recordB) || string.Equals(recordA, recordB, StringComparison.Ordinal))
        {
            throw new ArgumentException("a match is between two different records");
        }

        (RecordA, RecordB) = string.CompareOrdinal(recordA, recordB) <= 0 ? (recordA, recordB) : (recordB, recordA);
        Id = IdOf(RecordA, RecordB);
        Probability = probability is >= 0 and <= 1 ? probability : throw new ArgumentOutOfRangeException(nameof(probability), probability, "a probability in [0, 1]");
        Weight = double.IsFinite(weight) ? weight : throw new ArgumentException("weight must be finite", nameof(weight));
        Evidence = (evidence ?? throw new ArgumentNullException(nameof(evidence))).ToImmutableArray();
        if (Evidence.Length > MaxEvidence || Evidence.Any(e => e is null || string.IsNullOrWhiteSpace(e.Comparison) || e.Comparison.Length > 64 || e.Level is null || e.Level.Length > 200 || !double.IsFinite(e.Weight)))
        {
            throw new ArgumentException($"evidence: at most {MaxEvidence} comparisons, each named, with a level and a finite weight", nameof(evidence));
        }

        ProposedAt = proposedAt.ToUniversalTime();
        Decision = decision;
    }

    /// <summary>"m-" and 12 hex digits of SHA-256 over the two record ids.</summary>
    public string Id { get; }

    /// <summary>The ordinally smaller record id.</summary>
    public string RecordA { get; }

    public string RecordB { get; }

    public double Probability { get; }

    public double Weight { get; }

    public ImmutableArray<MatchFieldEvidence> Evidence { get; }

    public DateTimeOffset ProposedAt { get; }

    public MatchDecision? Decision { get; }

    public MatchStatus Status => Decision?.Status ?? MatchStatus.Proposed;

    /// <summary>The match id of two record ids (either order).</summary>
    public static string IdOf(string a, string b)
    {
        var (x, y) = string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(x + "\n" + y));
        return "m-" + Convert.ToHexStringLower(hash)[..12];
    }

    /// <summary>The same match with an analyst's decision.</summary>
    public PersonMatch Decided(MatchDecision decision) =>
        new(RecordA, RecordB, Probability, Weight, Evidence, ProposedAt, decision ?? throw new ArgumentNullException(nameof(decision)));

    /// <summary>True when the model's view (probability, weight, evidence) is the same as <paramref name="other"/>'s.</summary>
    public bool SameScore(PersonMatch other) =>
        other is not null && Math.Abs(Probability - other.Probability) < 1e-9 && Math.Abs(Weight - other.Weight) < 1e-9 && Evidence.SequenceEqual(other.Evidence);
}
