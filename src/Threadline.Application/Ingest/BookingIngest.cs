using System.Globalization;
using System.Text;
using System.Text.Json;
using Threadline.Core;
using Threadline.Core.Statements;
using Threadline.Linking;
using Threadline.Storage;

namespace Threadline.Application.Ingest;

/// <summary>
/// Booking records (CSV, as a platform answers a legal request) into the workspace: a Booking per
/// row, a Person per booker, a Source per file. Idempotent per file content; bad rows quarantined.
/// </summary>
public static class BookingIngest
{
    public const string SourceKind = "bookings";
    public const string Producer = "ingest.bookings";
    public static readonly string Version = typeof(BookingIngest).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    public static BookingIngestSummary Run(IWorkspaceStore store, IReadOnlyList<string> files, string quarantinePath)
    {
        var summary = new BookingIngestSummary();
        foreach (var path in files)
        {
            string hash;
            BookingReadResult result;
            try
            {
                using (var stream = File.OpenRead(path))
                {
                    hash = Ids.HashStream(stream);
                }

                if (store.GetSource(Ids.Make("source", hash)) is { Completed: true })
                {
                    summary.SkippedFiles++;
                    continue;
                }

                result = BookingCsvReader.ReadFile(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // One unreadable file is reported like a rejected one; the files after it are still read.
                var unreadable = new RejectedRecord(path, 0, "cannot read the file: " + e.Message, string.Empty);
                Quarantine(quarantinePath, [unreadable]);
                summary.Rejected++;
                summary.Samples.Add(unreadable);
                continue;
            }

            var sourceId = Ids.Make("source", hash);
            var statements = new List<Statement>();
            var fileName = Path.GetFileName(path);
            AddSource(statements, sourceId, hash, fileName, new FileInfo(path).Length);
            foreach (var record in result.Records)
            {
                Add(statements, record, sourceId, fileName);
            }

            var quarantined = result.Rejected.Concat(result.LeftOut).OrderBy(r => r.Line).ToList();
            Quarantine(quarantinePath, quarantined);
            summary.Statements += store.Write(statements);
            store.SetSource(new SourceState(sourceId, path, hash, SourceKind, true, result.Records.Count, result.Rejected.Count));
            summary.Accepted += result.Records.Count;
            summary.Rejected += result.Rejected.Count;
            summary.ValuesLeftOut += result.LeftOut.Count;
            summary.Samples.AddRange(quarantined.Take(5 - Math.Min(5, summary.Samples.Count)));
            summary.Files++;
        }

        return summary;
    }

    private static void AddSource(List<Statement> output, string sourceId, string hash, string fileName, long size)
    {
        void S(string property, string value) => output.Add(new Statement(sourceId, "Source", property, value, sourceId, fileName, Producer, Version, null, null));
        S("name", fileName);
        S("fileName", fileName);
        S("contentHash", hash);
        S("fileSize", size.ToString(CultureInfo.InvariantCulture));
        S("format", "bookings-csv");
    }

    private static void Add(List<Statement> output, BookingRecord record, string sourceId, string fileName)
    {
        var id = BookingId(record.Platform, record.BookingRef);
        var first = new DateTimeOffset(record.CheckIn.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var last = new DateTimeOffset(record.CheckOut.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var locator = fileName + "#" + record.BookingRef;
        void S(string entity, string schema, string property, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                output.Add(new Statement(entity, schema, property, value.Trim(), sourceId, locator, Producer, Version, first, last));
            }
        }

        var phone = PhoneNormalizer.ToE164(record.BookerPhone, record.Country);
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

    /// <summary>Id of a booking: the platform and its own reference.</summary>
    public static string BookingId(string platform, string bookingRef) => Ids.Make("booking", platform.Trim().ToLowerInvariant(), bookingRef.Trim());

    private static void Quarantine(string path, IReadOnlyList<RejectedRecord> rejected)
    {
        if (rejected.Count == 0)
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var writer = new StreamWriter(path, append: true, new UTF8Encoding(false));
        foreach (var r in rejected)
        {
            writer.WriteLine(JsonSerializer.Serialize(new { file = r.File, line = r.Line, reason = r.Reason, excerpt = r.Excerpt, kept = r.Kept }, JsonOutput.Serializer).ReplaceLineEndings(string.Empty));
        }
    }

    /// <summary>Reads Booking entities back as the linker's records.</summary>
    public static IEnumerable<BookingRecord> Read(IWorkspaceStore store)
    {
        foreach (var e in store.Entities("Booking"))
        {
            if (!DateOnly.TryParseExact(e.First("checkIn"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var checkIn) ||
                !DateOnly.TryParseExact(e.First("checkOut"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var checkOut))
            {
                continue;
            }

            yield return new BookingRecord
            {
                BookingRef = e.First("bookingRef") ?? e.Id,
                Platform = e.First("platform") ?? string.Empty,
                BookerName = e.First("bookerName"),
                BookerEmail = e.First("bookerEmail"),
                BookerPhone = e.First("bookerPhone"),
                PropertyAddress = e.First("address"),
                City = e.First("city"),
                Country = e.First("country"),
                CheckIn = checkIn,
                CheckOut = checkOut,
                Guests = int.TryParse(e.First("guests"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var g) ? g : null,
                PaymentMethod = e.First("paymentMethod"),
                Amount = decimal.TryParse(e.First("amount"), NumberStyles.Number, CultureInfo.InvariantCulture, out var a) ? a : null,
                Currency = e.First("currency"),
            };
        }
    }
}

/// <summary>What a booking ingest did.</summary>
public sealed class BookingIngestSummary
{
    public int Files { get; set; }

    public int SkippedFiles { get; set; }

    public long Accepted { get; set; }

    public long Rejected { get; set; }

    /// <summary>Values left out of accepted bookings (an unreadable amount, guest count, country or currency).</summary>
    public long ValuesLeftOut { get; set; }

    public WriteSummary Statements { get; set; }

    public List<RejectedRecord> Samples { get; } = [];
}
