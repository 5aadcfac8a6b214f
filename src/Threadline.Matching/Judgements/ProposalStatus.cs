namespace Threadline.Matching.Judgements;

/// <summary>Where a proposed pair stands after the analysts' judgements.</summary>
public enum ProposalStatus
{
    /// <summary>Proposed by the model, not judged (or judged unsure).</summary>
    Proposed,

    /// <summary>Confirmed as the same person.</summary>
    Confirmed,

    /// <summary>Rejected as different people.</summary>
    Rejected,
}
