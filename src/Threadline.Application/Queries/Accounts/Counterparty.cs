namespace Threadline.Application.Queries.Accounts;

/// <summary>Money between an account and one other party over the period.</summary>
/// <param name="Account">The other party's account key (<c>cash</c> for cash).</param>
/// <param name="Name">The name the bank files give it, when any.</param>
/// <param name="Country">Country from the IBAN, when known.</param>
/// <param name="Amount">Sum, in the currency of the transactions.</param>
/// <param name="Transactions">How many transactions.</param>
public sealed record Counterparty(string Account, string? Name, string? Country, decimal Amount, int Transactions);
