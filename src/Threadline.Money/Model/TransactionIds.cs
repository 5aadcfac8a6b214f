using System.Globalization;
using Threadline.Core;

namespace Threadline.Money;

/// <summary>
/// Deterministic transaction ids. The key leaves out the file, the statement and the side, so the same
/// payment read twice (the same statement imported again, an overlapping statement, or the debit in the
/// payer's statement and the credit in the payee's) gets the same id when both name both accounts.
/// The occurrence number separates identical payments on the same day in one file.
/// </summary>
public static class TransactionIds
{
    /// <summary>The id for a transaction, from its natural key.</summary>
    public static string For(BankTransaction tx, int occurrence)
    {
        ArgumentNullException.ThrowIfNull(tx);
        return Ids.Make(
            "tx",
            tx.Debtor.AccountKey,
            tx.Creditor.AccountKey,
            tx.Amount.ToString("0.########", CultureInfo.InvariantCulture),
            tx.Currency,
            tx.BookingDate.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
            tx.EndToEndId ?? tx.EntryReference,
            tx.RemittanceText,
            occurrence.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Gives every transaction of one file its id, numbering identical keys in file order.</summary>
    public static IReadOnlyList<BankTransaction> Assign(IEnumerable<BankTransaction> transactions)
    {
        ArgumentNullException.ThrowIfNull(transactions);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new List<BankTransaction>();
        foreach (var tx in transactions)
        {
            var baseId = For(tx, 0);
            seen.TryGetValue(baseId, out var count);
            seen[baseId] = count + 1;
            result.Add(tx with { Id = count == 0 ? baseId : For(tx, count) });
        }

        return result;
    }
}
