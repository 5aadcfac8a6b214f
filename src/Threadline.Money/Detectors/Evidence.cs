using System.Globalization;
using Threadline.Money.Graph;

namespace Threadline.Money.Detectors;

/// <summary>Helpers that turn table rows into evidence.</summary>
internal static class Evidence
{
    public static EvidenceTransaction Of(TransactionTable table, int tx) =>
        new(table.TxId(tx), table.Accounts[table.Source[tx]], table.Accounts[table.Target[tx]], table.Amount[tx], table.When(tx));

    public static List<EvidenceTransaction> Of(TransactionTable table, IEnumerable<int> txs, int max) =>
        txs.Take(max).Select(t => Of(table, t)).ToList();

    public static string Money(long minor) => (minor / 100m).ToString("#,0.00", CultureInfo.InvariantCulture);

    public static string Span(DateTimeOffset from, DateTimeOffset to) =>
        string.Create(CultureInfo.InvariantCulture, $"{from:yyyy-MM-dd HH:mm} to {to:yyyy-MM-dd HH:mm}");
}
