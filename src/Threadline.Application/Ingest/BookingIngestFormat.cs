using System.Globalization;
using Threadline.Core;
using Threadline.Core.Statements;
using Threadline.Extraction.Phones;
using Threadline.Ingest.Pipeline;
using Threadline.Linking;

namespace Threadline.Application.Ingest;

/// <summary>
/// Booking CSV files as an <see cref="IIngestFormat{TRecord}"/>: Linking's reader gives the bookings, this maps each
/// to a Booking entity and its booker to a Person (phone to E.164 by the extractor's one phone rule).
/// </summary>
internal sealed class BookingIngestFormat : IIngestFormat<BookingRecord>
{
    public string Kind => BookingIngest.SourceKind;

    public string Producer => BookingIngest.Producer;

    public string ProducerVersion => BookingIngest.Version;

    public bool KeepsRecordsWithoutValues => true;

    /// <summary>In a directory, only <c>.csv</c> files are booking records.</summary>
    public bool IsWanted(string path) => string.Equals(Path.GetExtension(path), ".csv", StringComparison.OrdinalIgnoreCase);

    public FileProbe Probe(Stream stream, string path) => new("Csv") { StoredFormat = "bookings-csv" };

    public string? Fingerprint(FileProbe probe) => null;

    public IEnumerable<ReadItem<BookingRecord>> Read(Stream stream, SourceFile file, CancellationToken cancellationToken)
    {
        foreach (var item in BookingCsvReader.Items(stream, file.Path))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return item.Record is { } record
                ? ReadItem<BookingRecord>.Accept(record, item.LeftOut.Select(Line).ToList())
                : ReadItem<BookingRecord>.Reject(Line(item.Rejection!), item.RejectsFile);
        }
    }

    public FileStatements<BookingRecord> StartFile(SourceFile file) => new Statements(file);

    private static Rejection Line(RejectedRecord r) => new(r.File, r.Line, r.Reason, r.Excerpt) { Kept = r.Kept };

    private sealed class Statements(SourceFile file) : FileStatements<BookingRecord>
    {
        public override void Add(BookingRecord record, List<Statement> batch)
        {
            var id = BookingIngest.BookingId(record.Platform, record.BookingRef);
            var first = new DateTimeOffset(record.CheckIn.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            var last = new DateTimeOffset(record.CheckOut.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            var locator = file.Name + "#" + record.BookingRef;
            void S(string entity, string schema, string property, string? value)
            {
                if (!string.IsNullOrWhiteSpace(value))
                {
                    batch.Add(new Statement(entity, schema, property, value.Trim(), file.SourceId, locator, BookingIngest.Producer, BookingIngest.Version, first, last));
                }
            }

            var phone = StructuredPhones.ToE164(record.BookerPhone, record.Country);
            S(id, "Booking", "platform", record.Platform);
            S(id, "Booking", "bookingRef", record.BookingRef);
            S(id, "Booking", "name", record.Platform + " " + record.BookingRef);
            S(id, "Booking", "bookerName", record.BookerName);
            S(id, "Booking", "bookerEmail", record.BookerEmail?.ToLowerInvariant());
            S(id, "Booking", "bookerPhone", phone ?? record.BookerPhone);
            S(id, "Booking", "address", record.PropertyAddress);
            S(id, "Booking", "city", record.City);
            S(id, "Booking", "country", record.Country?.ToUpperInvariant());
            S(id, "Booking", "checkIn", record.CheckIn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            S(id, "Booking", "checkOut", record.CheckOut.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            S(id, "Booking", "guests", record.Guests?.ToString(CultureInfo.InvariantCulture));
            S(id, "Booking", "paymentMethod", record.PaymentMethod);
            S(id, "Booking", "amount", record.Amount?.ToString(CultureInfo.InvariantCulture));
            S(id, "Booking", "currency", record.Currency);

            // The booker as a person: keyed by e-mail, else phone, else name within the platform.
            var key = record.BookerEmail?.Trim().ToLowerInvariant() ?? phone ?? (record.Platform + ":" + record.BookerName);
            if (!string.IsNullOrWhiteSpace(record.BookerName) || record.BookerEmail is not null || phone is not null)
            {
                var person = Ids.Make("person", "booker", key);
                S(id, "Booking", "booker", person);
                S(person, "Person", "name", record.BookerName);
                S(person, "Person", "email", record.BookerEmail?.ToLowerInvariant());
                S(person, "Person", "phone", phone);
            }
        }
    }
}
