using Threadline.Money;
using Threadline.Money.Graph;
using Threadline.Storage;

namespace Threadline.Application.Queries.Accounts;

/// <summary>
/// The workspace's payments in memory for the account pages: the transactions, the transaction table the tracer runs
/// on, and each account's transactions in and out. Built on the first account page after the payments change.
/// </summary>
internal sealed class MoneyIndex
{
    private readonly Dictionary<string, List<int>> _byAccount;

    private MoneyIndex(List<BankTransaction> transactions, TransactionTable table, Dictionary<string, List<int>> byAccount)
    {
        Transactions = transactions;
        Table = table;
        _byAccount = byAccount;
    }

    public IReadOnlyList<BankTransaction> Transactions { get; }

    public TransactionTable Table { get; }

    public static MoneyIndex Build(IWorkspaceStore store)
    {
        var transactions = Application.Money.PaymentStatements.Read(store)
            .OrderBy(t => t.BookingDate).ThenBy(t => t.Id, StringComparer.Ordinal).ToList();
        var byAccount = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < transactions.Count; i++)
        {
            foreach (var key in new[] { transactions[i].Debtor.AccountKey, transactions[i].Creditor.AccountKey })
            {
                if (key is null)
                {
                    continue;
                }

                if (!byAccount.TryGetValue(key, out var list))
                {
                    byAccount[key] = list = [];
                }

                if (list.Count == 0 || list[^1] != i)
                {
                    list.Add(i);
                }
            }
        }

        return new MoneyIndex(transactions, TransactionGraph.Build(transactions), byAccount);
    }

    /// <summary>Indexes of the account's transactions (in and out), oldest first.</summary>
    public IReadOnlyList<int> Of(string account) => _byAccount.TryGetValue(account, out var list) ? list : [];

    public bool Knows(string account) => _byAccount.ContainsKey(account);
}
