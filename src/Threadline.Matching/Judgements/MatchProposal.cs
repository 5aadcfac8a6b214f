namespace Threadline.Matching.Judgements;

/// <summary>A pair shown to an analyst: the two records, the model's probability and evidence, and its status.</summary>
public sealed record MatchProposal(
    string IdA,
    string IdB,
    double Probability,
    double Weight,
    IReadOnlyList<MatchEvidence> Evidence,
    ProposalStatus Status,
    MatchJudgement? LatestJudgement);
