namespace Threadline.Matching.Judgements;

/// <summary>
/// Turns a matching run and the analysts' judgements into what the analyst sees: pairs at or above the threshold with
/// their evidence, plus pairs an analyst confirmed even if a later run scores them lower. A pair judged different is
/// left out (unless asked for), so a rejected match is never proposed again; the latest judgement on a pair counts.
/// </summary>
public static class MatchProposals
{
    /// <summary>The proposals of <paramref name="run"/> at <paramref name="threshold"/>, most probable first.</summary>
    public static IReadOnlyList<MatchProposal> From(MatchRun run, double threshold, IEnumerable<MatchJudgement> judgements, bool includeRejected = false)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(judgements);
        if (threshold is < 0 or > 1 || double.IsNaN(threshold))
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "a probability in [0, 1]");
        }

        var latest = new Dictionary<(string, string), MatchJudgement>();
        foreach (var j in judgements.OrderBy(j => j.At))
        {
            latest[(j.IdA, j.IdB)] = j;
        }

        var list = new List<MatchProposal>();
        foreach (var pair in run.Pairs)
        {
            var a = run.Records[pair.A].Source.Id;
            var b = run.Records[pair.B].Source.Id;
            var key = string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);
            latest.TryGetValue(key, out var judgement);
            var status = judgement?.Verdict switch
            {
                Verdict.Same => ProposalStatus.Confirmed,
                Verdict.Different => ProposalStatus.Rejected,
                _ => ProposalStatus.Proposed,
            };
            var show = status switch
            {
                ProposalStatus.Confirmed => true,
                ProposalStatus.Rejected => includeRejected,
                _ => pair.Probability >= threshold,
            };
            if (show)
            {
                list.Add(new MatchProposal(key.Item1, key.Item2, pair.Probability, pair.Weight, run.Explain(pair), status, judgement));
            }
        }

        return list.OrderByDescending(p => p.Probability).ThenBy(p => p.IdA, StringComparer.Ordinal).ThenBy(p => p.IdB, StringComparer.Ordinal).ToList();
    }
}
