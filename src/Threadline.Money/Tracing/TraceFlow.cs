namespace Threadline.Money.Tracing;

/// <summary>Traced money that moved from one account to another (summed over transactions), as evidence.</summary>
/// <param name="From">Paying account.</param>
/// <param name="To">Receiving account.</param>
/// <param name="AmountMinor">Traced part of the transactions, minor units.</param>
/// <param name="Transactions">Number of transactions that carried traced money.</param>
public sealed record TraceFlow(string From, string To, long AmountMinor, int Transactions);
