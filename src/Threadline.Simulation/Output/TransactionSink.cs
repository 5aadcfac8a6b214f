using System.Globalization;
using System.Text;
using Threadline.Simulation.Money;

namespace Threadline.Simulation.Output;

/// <summary>The transactions CSV (docs/formats.md, "Bank files"), written batch by batch in booking-date order.</summary>
internal sealed class TransactionSink : IDisposable
{
    private const string Header = "tx_id,booking_date,value_date,amount,currency,debtor_name,debtor_iban,creditor_name,creditor_iban,method,city,country,remittance_info\n";
    private List<Tx> _buffer = [];
    private readonly StringBuilder _sb = new(512);
    private readonly TextFile _file;

    public TransactionSink(string root) => _file = new TextFile(Path.Combine(root, Layout.Bank, "transactions.csv"), Header);

    public long Count { get; private set; }

    public void Add(Tx tx) => _buffer.Add(tx);

    /// <summary>Hands the buffered records over (for a writer thread) and starts a fresh buffer.</summary>
    public List<Tx> Take()
    {
        var taken = _buffer;
        _buffer = [];
        return taken;
    }

    public void Write(List<Tx> records, TruthSink truth)
    {
        records.Sort(static (a, b) => a.Date != b.Date ? a.Date.CompareTo(b.Date) : string.CompareOrdinal(a.Id, b.Id));
        foreach (var t in records)
        {
            _sb.Clear();
            CsvText.Row(
                _sb,
                ',',
                t.Id,
                t.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                t.ValueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                t.Amount.ToString("0.00", CultureInfo.InvariantCulture),
                "EUR",
                t.DebtorName,
                t.DebtorIban,
                t.CreditorName,
                t.CreditorIban,
                t.Method,
                t.City,
                t.Country,
                t.Remittance);
            _file.Write(_sb);
            truth.Transaction(t);
            Count++;
        }

    }

    public void Dispose() => _file.Dispose();
}
