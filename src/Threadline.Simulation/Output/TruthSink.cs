using System.Text.Json;
using Threadline.Simulation.Money;
using Threadline.Simulation.Truth;

namespace Threadline.Simulation.Output;

/// <summary>Streams the truth files (truth/*.jsonl), one JSON object per line.</summary>
internal sealed class TruthSink : IDisposable
{
    private readonly JsonLines _ads;
    private readonly JsonLines _personas;
    private readonly JsonLines _networks;
    private readonly JsonLines _bookings;
    private readonly JsonLines _accounts;
    private readonly JsonLines _transactions;

    public TruthSink(string root)
    {
        var dir = Path.Combine(root, Layout.Truth);
        Directory.CreateDirectory(dir);
        _ads = new JsonLines(Path.Combine(dir, TruthJson.Ads));
        _personas = new JsonLines(Path.Combine(dir, TruthJson.Personas));
        _networks = new JsonLines(Path.Combine(dir, TruthJson.Networks));
        _bookings = new JsonLines(Path.Combine(dir, TruthJson.Bookings));
        _accounts = new JsonLines(Path.Combine(dir, TruthJson.Accounts));
        _transactions = new JsonLines(Path.Combine(dir, TruthJson.Transactions));
    }

    public void Ad(AdTruth t) => _ads.Write(t);

    public void Persona(PersonaTruth t) => _personas.Write(t);

    public void Network(NetworkTruth t) => _networks.Write(t);

    public void Booking(Booking b) => _bookings.Write(new BookingTruth(b.Ref, b.Platform, b.Kind, b.Owner, b.Network, b.Personas));

    public void Account(Account a) => _accounts.Write(new AccountTruth(a.Iban, a.OwnerId, a.OwnerName, a.Network, a.Role, a.Statements));

    public void Transaction(Tx t) => _transactions.Write(new TransactionTruth(t.Id, t.Pattern, t.Network, t.DebtorRole, t.CreditorRole));

    public void Dispose()
    {
        _ads.Dispose();
        _personas.Dispose();
        _networks.Dispose();
        _bookings.Dispose();
        _accounts.Dispose();
        _transactions.Dispose();
    }

    private sealed class JsonLines : IDisposable
    {
        private readonly FileStream _stream;
        private readonly Utf8JsonWriter _json;

        public JsonLines(string path)
        {
            _stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);
            _json = new Utf8JsonWriter(_stream, new JsonWriterOptions { Encoder = TruthJson.Options.Encoder, SkipValidation = true });
        }

        public void Write<T>(T value)
        {
            JsonSerializer.Serialize(_json, value, TruthJson.Options);
            _json.Flush();
            _stream.WriteByte((byte)'\n');
            _json.Reset(_stream);
        }

        public void Dispose()
        {
            _json.Dispose();
            _stream.Dispose();
        }
    }
}
