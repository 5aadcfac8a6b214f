namespace Threadline.Application.Money;

/// <summary>A network's money as far as the bank files show it: which accounts tie to it and why, what came in, where it went.</summary>
public sealed record NetworkMoney(
    string NetworkId,
    IReadOnlyList<AccountTie> Accounts,
    decimal Inflow,
    int Payers,
    IReadOnlyList<string> CashCities,
    decimal TracedOut,
    IReadOnlyDictionary<string, decimal> AbroadByCountry,
    double AbroadShare,
    double Share,
    string Explanation)
{
    /// <summary>Points of the money part in the network's score (its share of the part's weight).</summary>
    public double Points => Math.Round(Share * Threadline.Linking.RiskWeights.Default.Max(MoneyJob.ScorePart), 2);
}

/// <summary>Why an account is tied to a network: direct evidence (a booking paid, a shared identifier) or money traced from a tied account.</summary>
public sealed record AccountTie(string Account, string? Holder, string Roles, bool Direct, string Reason);
