namespace Threadline.Money.Detectors;

/// <summary>
/// What a detector found about one account (or one structure such as a cycle), with its evidence:
/// the transactions, their total, the time window and the counterparties involved.
/// </summary>
/// <param name="Detector">Detector name (e.g. <c>fan-in</c>).</param>
/// <param name="Account">The account the finding is about (the centre of a fan, the start of a cycle).</param>
/// <param name="Members">Every account taking part (centre included), e.g. the senders of a fan-in.</param>
/// <param name="Score">Strength, detector-specific (e.g. number of distinct senders); higher is stronger.</param>
/// <param name="From">Start of the window.</param>
/// <param name="To">End of the window.</param>
/// <param name="TotalMinor">Sum of the evidence amounts in minor units.</param>
/// <param name="Transactions">The evidence transactions (capped by the detector's options).</param>
/// <param name="Summary">One plain sentence for an analyst.</param>
public sealed record Finding(
    string Detector,
    string Account,
    IReadOnlyList<string> Members,
    double Score,
    DateTimeOffset From,
    DateTimeOffset To,
    long TotalMinor,
    IReadOnlyList<EvidenceTransaction> Transactions,
    string Summary);
