using Threadline.Application.Ingest;
using Threadline.Core.Statements;
using Threadline.Storage.Sqlite;

namespace Threadline.Application.Tests;

/// <summary>Bookings read back for the linker: in id order whatever order they were stored in, every field, none without dates.</summary>
public sealed class BookingReadTests : IDisposable
{
    private static readonly DateTimeOffset At = new(2026, 3, 20, 9, 0, 0, TimeSpan.Zero);
    private readonly string _folder = Directory.CreateTempSubdirectory("tl-bookings-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void Bookings_come_back_in_id_order_with_their_fields_and_one_without_dates_is_left_out()
    {
        using var store = SqliteWorkspaceStore.Open(Path.Combine(_folder, "ws.db"));
        // Stored in an order that is not the id order, over three batches, with an ad between them.
        var refs = new[] { "R9", "R1", "R5", "R3", "R7", "R2" };
        var ids = refs.Select(r => BookingIngest.BookingId("airbnb", r)).ToList();
        Assert.NotEqual(ids.Order(StringComparer.Ordinal), ids);
        for (var i = 0; i < refs.Length; i++)
        {
            var id = ids[i];
            var statements = new List<Statement>
            {
                S(id, "platform", "airbnb"), S(id, "bookingRef", refs[i]), S(id, "bookerName", "Booker " + refs[i]),
                S(id, "bookerPhone", "+3247055500" + i), S(id, "address", "Rue " + i), S(id, "city", "Brussels"), S(id, "country", "BE"),
                S(id, "guests", "2"), S(id, "amount", "120.50"), S(id, "currency", "EUR"), S(id, "paymentMethod", "card"),
            };
            if (refs[i] != "R7")
            {
                statements.Add(S(id, "checkIn", "2026-03-0" + (i + 1)));
                statements.Add(S(id, "checkOut", "2026-03-1" + (i + 1)));
            }

            store.Write(statements);
            if (i % 2 == 0)
            {
                store.Write([new Statement("ad-" + i, "Advertisement", "title", "an ad", "test", null, "test", "1", At, At)]);
            }
        }

        var read = BookingIngest.Read(store);

        var expected = refs.Zip(ids).Where(p => p.First != "R7").OrderBy(p => p.Second, StringComparer.Ordinal).Select(p => p.First).ToList();
        Assert.Equal(expected, read.Select(b => b.BookingRef).ToList());
        var r5 = Assert.Single(read, b => b.BookingRef == "R5");
        Assert.Equal(("airbnb", "Booker R5", "+32470555002", "Rue 2", "Brussels", "BE"), (r5.Platform, r5.BookerName, r5.BookerPhone, r5.PropertyAddress, r5.City, r5.Country));
        Assert.Equal((new DateOnly(2026, 3, 3), new DateOnly(2026, 3, 13), 2, 120.50m, "EUR", "card"), (r5.CheckIn, r5.CheckOut, r5.Guests, r5.Amount, r5.Currency, r5.PaymentMethod));
    }

    private static Statement S(string id, string property, string value) => new(id, "Booking", property, value, "test", null, "test", "1", At, At);
}
