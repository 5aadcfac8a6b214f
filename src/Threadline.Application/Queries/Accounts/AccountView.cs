using Threadline.Money.Analysis;
using Threadline.Money.Tracing;

namespace Threadline.Application.Queries.Accounts;

/// <summary>
/// Everything the account page shows: who holds it, what the detectors found (with evidence), which leads it is tied
/// to, the money in and out by counterparty and by country, its transactions, and where its money went and came from
/// (traces with amounts conserved: what was traced equals what is held at the end).
/// </summary>
public sealed record AccountView(
    string Account,
    string? EntityId,
    string? Holder,
    string? Bank,
    string? Country,
    string Notice,
    FlaggedAccount? Findings,
    IReadOnlyList<AccountTieRow> Networks,
    decimal In,
    decimal Out,
    string? Currency,
    IReadOnlyList<Counterparty> Payers,
    IReadOnlyList<Counterparty> Payees,
    IReadOnlyDictionary<string, decimal> InByCountry,
    IReadOnlyDictionary<string, decimal> OutByCountry,
    PageOf<TransactionRow> Transactions,
    TraceResult Forward,
    TraceResult Backward);
