using System.Globalization;
using System.Text;
using Threadline.Simulation.Money;

namespace Threadline.Simulation.Output;

/// <summary>Booking CSVs, one per platform (docs/formats.md, "Booking records"), written batch by batch in check-in order.</summary>
internal sealed class BookingSink : IDisposable
{
    private const string Header = "booking_ref,platform,booker_name,booker_email,booker_phone,property_address,city,country,check_in,check_out,guests,payment_method,amount,currency\n";
    private readonly string _root;
    private readonly SortedDictionary<string, TextFile> _files = new(StringComparer.Ordinal);
    private List<Booking> _buffer = [];
    private readonly StringBuilder _sb = new(512);

    public BookingSink(string root) => _root = root;

    public long Count { get; private set; }

    public void Add(Booking b) => _buffer.Add(b);

    /// <summary>Hands the buffered records over (for a writer thread) and starts a fresh buffer.</summary>
    public List<Booking> Take()
    {
        var taken = _buffer;
        _buffer = [];
        return taken;
    }

    public void Write(List<Booking> records, TruthSink truth)
    {
        records.Sort(static (a, b) => a.CheckIn != b.CheckIn ? a.CheckIn.CompareTo(b.CheckIn) : string.CompareOrdinal(a.Ref, b.Ref));
        foreach (var b in records)
        {
            if (!_files.TryGetValue(b.Platform, out var file))
            {
                file = new TextFile(Path.Combine(_root, Layout.Bookings, b.Platform + ".csv"), Header);
                _files[b.Platform] = file;
            }

            _sb.Clear();
            CsvText.Row(
                _sb,
                ',',
                b.Ref,
                b.Platform,
                b.BookerName,
                b.BookerEmail,
                b.BookerPhone,
                b.Address,
                b.City,
                b.Country,
                b.CheckIn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                b.CheckOut.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                b.Guests.ToString(CultureInfo.InvariantCulture),
                b.PaymentMethod,
                b.Amount.ToString("0.00", CultureInfo.InvariantCulture),
                "EUR");
            file.Write(_sb);
            truth.Booking(b);
            Count++;
        }

    }

    public void Dispose()
    {
        foreach (var f in _files.Values)
        {
            f.Dispose();
        }
    }
}
