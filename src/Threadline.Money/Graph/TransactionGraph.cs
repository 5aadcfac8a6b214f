namespace Threadline.Money.Graph;

/// <summary>Builds the compact <see cref="TransactionTable"/> from imported bank transactions.</summary>
public static class TransactionGraph
{
    /// <summary>
    /// One edge per transaction, debtor to creditor, keeping transaction ids for evidence. Cash deposits
    /// without a named debtor come from the <see cref="AccountIndex.CashKey"/> pseudo-account, cash
    /// withdrawals go to it; other unnamed counterparties map to <see cref="AccountIndex.UnknownKey"/>.
    /// Reversals are left out. Amounts are minor units of each transaction's own currency (no conversion).
    /// </summary>
    public static TransactionTable Build(IEnumerable<BankTransaction> transactions)
    {
        ArgumentNullException.ThrowIfNull(transactions);
        var list = transactions as IReadOnlyCollection<BankTransaction> ?? transactions.ToList();
        var builder = new TransactionTableBuilder(list.Count, keepIds: true);
        var accounts = builder.Accounts;
        foreach (var tx in list)
        {
            if (tx.Reversal)
            {
                continue;
            }

            var from = tx.Debtor.AccountKey is { } d ? accounts.GetOrAdd(d) : tx.Method == PaymentMethod.CashDeposit ? accounts.Cash : accounts.Unknown;
            var to = tx.Creditor.AccountKey is { } c ? accounts.GetOrAdd(c) : tx.Method == PaymentMethod.CashWithdrawal ? accounts.Cash : accounts.Unknown;
            builder.Add(from, to, tx.AmountMinor, tx.BookingDate.ToUnixTimeSeconds(), tx.Method, builder.PlaceId(tx.City), tx.Id);
        }

        return builder.Build();
    }
}
