using Threadline.Money.Detectors;

namespace Threadline.Money.Analysis;

/// <summary>The result of <see cref="MoneyAnalysis.Run(IReadOnlyList{BankTransaction}, MoneyAnalysisOptions?, IEnumerable{KnownIdentifier}?, IEnumerable{AccountHolder}?)"/>.</summary>
/// <param name="Findings">Every finding, grouped by detector in a fixed order.</param>
/// <param name="Accounts">Flagged accounts, highest score first, then by key.</param>
/// <param name="TransactionCount">Transactions analysed.</param>
/// <param name="AccountCount">Accounts in the graph (pseudo-accounts included).</param>
/// <param name="CyclesTruncated">True when the cycle search hit its limits.</param>
public sealed record MoneyReport(IReadOnlyList<Finding> Findings, IReadOnlyList<FlaggedAccount> Accounts, int TransactionCount, int AccountCount, bool CyclesTruncated)
{
    /// <summary>Accounts with a given role.</summary>
    public IEnumerable<string> WithRole(AccountRole role) => Accounts.Where(a => (a.Roles & role) != 0).Select(a => a.Account);
}
