namespace Threadline.Money.Detectors;

/// <summary>One transaction cited as evidence.</summary>
/// <param name="Id">Transaction id (or <c>#index</c> in a table without ids).</param>
/// <param name="From">Paying account key.</param>
/// <param name="To">Receiving account key.</param>
/// <param name="AmountMinor">Amount in minor units.</param>
/// <param name="Time">When it was booked.</param>
public sealed record EvidenceTransaction(string Id, string From, string To, long AmountMinor, DateTimeOffset Time);
