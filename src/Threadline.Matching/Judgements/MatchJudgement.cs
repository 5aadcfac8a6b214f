namespace Threadline.Matching.Judgements;

/// <summary>
/// An analyst's judgement on a pair of records (by their stable ids, in either order): what, who, when and why. Judgements
/// are added, never rewritten; the latest one on a pair counts, and the earlier ones stay for the audit.
/// </summary>
public sealed record MatchJudgement
{
    public MatchJudgement(string idA, string idB, Verdict verdict, string by, DateTimeOffset at, string? reason = null)
    {
        if (string.IsNullOrWhiteSpace(idA) || string.IsNullOrWhiteSpace(idB) || idA.Length > 200 || idB.Length > 200)
        {
            throw new ArgumentException("a judgement names two record ids of 1-200 characters");
        }

        if (string.Equals(idA, idB, StringComparison.Ordinal))
        {
            throw new ArgumentException($"a judgement is on two different records, not '{idA}' twice");
        }

        (IdA, IdB) = string.CompareOrdinal(idA, idB) <= 0 ? (idA, idB) : (idB, idA);
        Verdict = Enum.IsDefined(verdict) ? verdict : throw new ArgumentOutOfRangeException(nameof(verdict), verdict, "same, different or unsure");
        By = string.IsNullOrWhiteSpace(by) || by.Length > 64 ? throw new ArgumentException("who judged is required (at most 64 characters)", nameof(by)) : by;
        At = at.ToUniversalTime();
        Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Length > 2000 ? throw new ArgumentException("reason: at most 2000 characters", nameof(reason)) : reason.Trim();
    }

    /// <summary>The ordinally smaller id.</summary>
    public string IdA { get; }

    public string IdB { get; }

    public Verdict Verdict { get; }

    public string By { get; }

    public DateTimeOffset At { get; }

    public string? Reason { get; }
}
