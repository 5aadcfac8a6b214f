using System.Globalization;
using System.Text;
using Threadline.Ingest.Tests.Fuzz;

namespace Threadline.Linking.Tests;

/// <summary>
/// Fuzzing the booking reader (issue 12): generated booking files, damaged in one row, random files and
/// random bytes. No exception escapes, no case hangs, every row is one booking or one rejection with a
/// reason, and the rows that were not damaged are read exactly as before.
/// </summary>
public sealed class BookingFuzzTests
{
    private static readonly string[] Columns =
        ["booking_ref", "platform", "booker_name", "booker_email", "booker_phone", "property_address", "city", "country", "check_in", "check_out", "guests", "payment_method", "amount", "currency"];

    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    [Fact]
    public Task Damage_to_one_row_leaves_every_other_booking_as_it_was() =>
        FuzzRun.Cases(seed: 31, count: 3000, rng =>
        {
            var delimiter = ",;\t|"[rng.Next(4)];
            var columns = Columns.OrderBy(_ => rng.Next()).ToArray();
            var rows = Enumerable.Range(0, 2 + rng.Next(20)).Select(i => GoodRow(rng, i, columns, delimiter)).ToList();
            var original = Encoding.UTF8.GetBytes(string.Join(delimiter, columns) + "\n" + string.Join("\n", rows) + "\n");
            var before = Read(original);
            Assert.Equal(rows.Count, before.Records.Count);
            Assert.Empty(before.Rejected);
            Assert.Empty(before.LeftOut);

            var row = rng.Next(rows.Count);
            var start = original.AsSpan().IndexOf(Encoding.UTF8.GetBytes(rows[row]));
            var lastQuote = rows[row].LastIndexOf('"');
            var from = start + Encoding.UTF8.GetByteCount(rows[row][..(lastQuote + 1)]) + (lastQuote < 0 ? 0 : 1);
            var to = start + Encoding.UTF8.GetByteCount(rows[row]);
            var damaged = Mutations.Apply(rng, original, Math.Min(from, to), to, b => b is not ((byte)'\n' or (byte)'\r' or (byte)'"'));

            var after = Read(damaged);

            var line = row + 2L;
            var locator = "b.csv:" + line.ToString(CultureInfo.InvariantCulture);
            Assert.Equal(before.Records.Where(r => r.Locator != locator).Select(Shape), after.Records.Where(r => r.Locator != locator).Select(Shape));
            var outcomes = after.Records.Count(r => r.Locator == locator) + after.Rejected.Count(r => r.Line == line);
            Assert.InRange(outcomes, 0, 1);
            Assert.All(after.LeftOut, l => Assert.Equal(line, l.Line));
            Check(after);
        });

    [Fact]
    public Task Random_booking_files_are_read_row_by_row() =>
        FuzzRun.Cases(seed: 32, count: 2000, rng =>
        {
            var delimiter = ",;\t|"[rng.Next(4)];
            var columns = Columns.Where(_ => rng.Next(5) > 0).OrderBy(_ => rng.Next()).ToList();
            var text = new StringBuilder(string.Join(delimiter, columns)).Append(rng.Next(4) == 0 ? "\r\n" : "\n");
            for (var n = rng.Next(20); n > 0; n--)
            {
                text.Append(string.Join(delimiter, Enumerable.Range(0, Math.Max(1, columns.Count + rng.Next(3) - 1)).Select(_ => RandomField(rng, delimiter))));
                text.Append(rng.Next(4) == 0 ? "\r\n" : "\n");
            }

            var bytes = Encoding.UTF8.GetBytes(text.ToString());
            Check(Read(rng.Next(3) == 0 ? Mutations.Apply(rng, bytes, 0, bytes.Length, _ => true) : bytes));
        });

    [Fact]
    public Task Random_bytes_never_escape_the_reader() =>
        FuzzRun.Cases(seed: 33, count: 1500, rng =>
        {
            var bytes = new byte[rng.Next(4096)];
            rng.NextBytes(bytes);
            Check(Read(bytes));
        });

    private static BookingReadResult Read(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        return BookingCsvReader.Read(stream, "b.csv");
    }

    /// <summary>What holds for any input: reasons given, each row once, left-out values only of kept bookings, text valid.</summary>
    private static void Check(BookingReadResult result)
    {
        Assert.All(result.Rejected.Concat(result.LeftOut), r => Assert.False(string.IsNullOrWhiteSpace(r.Reason)));
        Assert.All(result.Rejected, r => Assert.False(r.Kept));
        Assert.All(result.LeftOut, r => Assert.True(r.Kept));
        var recordLines = result.Records.Select(r => long.Parse(r.Locator!["b.csv:".Length..], CultureInfo.InvariantCulture)).ToList();
        var lines = recordLines.Concat(result.Rejected.Select(r => r.Line)).ToList();
        Assert.Equal(lines.Count, lines.Distinct().Count());
        Assert.All(result.LeftOut, l => Assert.Contains(l.Line, recordLines));
        foreach (var r in result.Records)
        {
            foreach (var text in new[] { r.BookingRef, r.Platform, r.BookerName, r.BookerEmail, r.BookerPhone, r.PropertyAddress, r.City, r.Country, r.PaymentMethod, r.Currency }.OfType<string>())
            {
                Assert.DoesNotContain('\0', text);
                StrictUtf8.GetByteCount(text);
            }

            Assert.InRange(r.Nights, 0, 366);
        }
    }

    private static string Shape(BookingRecord r) => string.Join(
        "|", r.BookingRef, r.Platform, r.BookerName, r.BookerEmail, r.BookerPhone, r.PropertyAddress, r.City, r.Country,
        r.CheckIn.ToString("O", CultureInfo.InvariantCulture), r.CheckOut.ToString("O", CultureInfo.InvariantCulture),
        r.Guests?.ToString(CultureInfo.InvariantCulture), r.PaymentMethod, r.Amount?.ToString(CultureInfo.InvariantCulture), r.Currency, r.Locator);

    private static string GoodRow(Random rng, int i, string[] columns, char delimiter)
    {
        var checkIn = new DateOnly(2026, 1, 1).AddDays(rng.Next(300));
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["booking_ref"] = "BK" + i.ToString(CultureInfo.InvariantCulture),
            ["platform"] = rng.Next(2) == 0 ? "stayfast.example" : "roomly.example",
            ["booker_name"] = rng.Next(2) == 0 ? "Max Example" : "Zoë Müller",
            ["booker_email"] = "b" + rng.Next(100).ToString(CultureInfo.InvariantCulture) + "@mail.example",
            ["booker_phone"] = "+32 470 " + rng.Next(100_000, 999_999).ToString(CultureInfo.InvariantCulture),
            ["property_address"] = "\"Rue " + rng.Next(1, 99).ToString(CultureInfo.InvariantCulture) + delimiter + " Gent\"",
            ["city"] = rng.Next(2) == 0 ? "Gent" : "Köln",
            ["country"] = rng.Next(2) == 0 ? "be" : "DE",
            ["check_in"] = rng.Next(2) == 0 ? checkIn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : checkIn.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
            ["check_out"] = checkIn.AddDays(rng.Next(0, 10)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["guests"] = rng.Next(1, 5).ToString(CultureInfo.InvariantCulture),
            ["payment_method"] = "card",
            ["amount"] = (rng.Next(2000, 90000) / 100m).ToString(CultureInfo.InvariantCulture),
            ["currency"] = "EUR",
        };
        return string.Join(delimiter, columns.Select(c => values[c]));
    }

    private static string RandomField(Random rng, char delimiter)
    {
        string[] parts = ["BK1", "stayfast.example", "2026-03-01", "01/03/2026", "31/02/2026", "1900-01-01", "2099-12-31", "12.50", "12;50", "1e400", "many", "5000", "BE", "Belgium", "EUR", "euros", " ", "é", "\U0001F600", "\"", "\n", "\0", "\uFFFD", delimiter.ToString()];
        var field = string.Concat(Enumerable.Range(0, rng.Next(4)).Select(_ => parts[rng.Next(parts.Length)]));
        return rng.Next(3) == 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
    }
}
