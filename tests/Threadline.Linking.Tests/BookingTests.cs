namespace Threadline.Linking.Tests;

public sealed class BookingTests
{
    private const string Header = "booking_ref,platform,booker_name,booker_email,booker_phone,property_address,city,country,check_in,check_out,guests,payment_method,amount,currency";

    [Fact]
    public void Reads_good_records_and_rejects_bad_ones_with_line_and_reason_keeping_a_booking_without_an_unreadable_amount()
    {
        var csv = string.Join('\n',
            Header,
            "B1,stayfast.example,Jan Test,jan@mail.example,+32470000001,\"Rue 1, Brussels\",Brussels,be,2026-03-01,2026-03-03,2,card,120.50,eur",
            "B2,stayfast.example,,,,,Paris,FR,01/03/2026,2026-03-02,,,,",
            "B3,stayfast.example,X,,,,Paris,FR,2026-03-05,2026-03-01,1,card,10,EUR",
            "B4,stayfast.example,X,,,,Paris,FR,not-a-date,2026-03-01,1,card,10,EUR",
            "B5,stayfast.example,X,,,,Paris,FR,2026-03-01,2026-03-02,1,card,12;50,EUR",
            ",stayfast.example,X,,,,Paris,FR,2026-03-01,2026-03-02,1,card,10,EUR",
            "\"B7,stayfast.example,X,,,,Paris,FR,2026-03-01,2026-03-02,1,card,10,EUR");
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(csv));
        var result = BookingCsvReader.Read(stream, "bookings.csv");
        Assert.Equal(["B1", "B2", "B5"], result.Records.Select(r => r.BookingRef));
        var b1 = result.Records[0];
        Assert.Equal("Rue 1, Brussels", b1.PropertyAddress);
        Assert.Equal("BE", b1.Country);
        Assert.Equal(120.50m, b1.Amount);
        Assert.Equal(2, b1.Nights);
        Assert.Equal("bookings.csv:2", b1.Locator);
        Assert.Equal(new DateOnly(2026, 3, 1), result.Records[1].CheckIn);
        Assert.Equal([4L, 5L, 7L, 8L], result.Rejected.Select(r => r.Line));
        Assert.Contains("before check_in", result.Rejected[0].Reason, StringComparison.Ordinal);
        Assert.Contains("check_in", result.Rejected[1].Reason, StringComparison.Ordinal);
        Assert.Contains("unterminated", result.Rejected[3].Reason, StringComparison.Ordinal);
        Assert.Null(result.Records[2].Amount);
        Assert.Equal((6L, "amount '12;50' is not a decimal with a dot; the booking is kept without this value"), (Assert.Single(result.LeftOut).Line, result.LeftOut[0].Reason));
        Assert.All(result.Rejected, r => Assert.Equal("bookings.csv", r.File));
    }

    [Fact]
    public void Detects_a_semicolon_delimiter_and_columns_in_any_order()
    {
        var csv = "check_out;check_in;platform;booking_ref\n2026-03-03;2026-03-01;p;R1\n";
        var result = BookingInput.Text(csv);
        Assert.Equal("R1", Assert.Single(result.Records).BookingRef);
    }

    [Fact]
    public void A_header_without_required_columns_is_rejected_as_a_whole()
    {
        var result = BookingInput.Text("platform,city\np,Paris\n");
        Assert.Empty(result.Records);
        Assert.Contains("booking_ref", Assert.Single(result.Rejected).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Bookings_link_by_phone_and_by_presence_and_busy_bookers_are_flagged()
    {
        var phone = "+32470333333";
        var ads = new List<AdFeatures>
        {
            Ads.Ad("a1", phone: phone, photo: 0x1111UL << 40, city: "Brussels", day: 0),
            Ads.Ad("a2", phone: phone, photo: 0x7777UL << 20, city: "Brussels", day: 1),
            Ads.Ad("a3", phone: phone, photo: 0x1111UL << 40, city: "Paris", country: "FR", day: 10),
            Ads.Ad("a4", phone: phone, photo: 0x7777UL << 20, city: "Madrid", country: "ES", day: 20),
        };
        var d0 = new DateOnly(2026, 3, 1);
        BookingRecord B(string reference, string city, int day, string? bookerPhone = null, string booker = "Max Example") => new()
        {
            BookingRef = reference,
            Platform = "stayfast.example",
            BookerName = booker,
            BookerEmail = booker == "Max Example" ? "max@mail.example" : null,
            BookerPhone = bookerPhone,
            City = city,
            CheckIn = d0.AddDays(day),
            CheckOut = d0.AddDays(day + 3),
        };
        var bookings = new[]
        {
            B("direct", "Antwerp", 40, bookerPhone: "0470 33 33 33", booker: "Someone"),
            B("p1", "Paris", 9),
            B("p2", "Madrid", 19),
            B("p3", "Brussels", 0),
            B("guest", "Paris", 10, booker: "Ordinary Guest"),
        };
        var r = Linker.Link(ads, bookings);
        var network = Assert.Single(r.Networks);
        Assert.Contains(network.Bookings, b => b.BookingRef == "direct" && b.Basis == BookingBasis.Phone);
        Assert.Equal(3, network.Bookings.Count(b => b.Basis == BookingBasis.Presence));
        Assert.DoesNotContain(network.Bookings, b => b.BookingRef == "guest");
        Assert.Equal(1, r.UnlinkedBookings);
        var flagged = Assert.Single(r.FlaggedBookers);
        Assert.Equal("Max Example", flagged.Name);
        Assert.Equal(network.Id, flagged.NetworkId);
        Assert.Equal(3, flagged.ShortStays);
    }

    [Fact]
    public void Rooms_booked_as_a_woman_arrives_go_to_her_network_not_to_one_present_in_every_city()
    {
        // Lina, then Mia, under one controller's number, each moving between cities; a network of four women under
        // another number is advertised in all three cities every day, so it is present during every stay too. The
        // booker checks in on the days Lina and Mia arrive (and once more in Brussels while neither is there, so the busy
        // network lines up with more stays than theirs): the rooms are Lina and Mia's.
        const string controller = "+32470100001";
        const string busy = "+32470900009";
        IEnumerable<AdFeatures> Stay(string name, int age, string city, int from, int to) =>
            Enumerable.Range(0, ((to - from) / 2) + 1).Select(k => Ads.Ad($"{name}-{city}-{from + (2 * k)}", phone: controller, name: name, city: city, day: from + (2 * k)) with { Ages = [age] });
        var ads = new List<AdFeatures>();
        foreach (var (name, city) in new[] { ("Ann", "Brussels"), ("Bea", "Antwerp"), ("Cleo", "Liege"), ("Dora", "Brussels") })
        {
            ads.AddRange(Enumerable.Range(0, 47).Select(d => Ads.Ad($"busy-{name}-{d}", phone: busy, name: name, city: city, day: d) with { Ages = [22 + name.Length] }));
        }

        ads.AddRange(Stay("Lina", 24, "Brussels", 0, 8));
        ads.AddRange(Stay("Lina", 24, "Antwerp", 10, 18));
        ads.AddRange(Stay("Mia", 31, "Liege", 27, 35));
        ads.AddRange(Stay("Mia", 31, "Brussels", 37, 45));
        var d0 = new DateOnly(2026, 3, 1);
        BookingRecord B(string reference, string city, int checkIn, int checkOut) => new()
        {
            BookingRef = reference,
            Platform = "staynest.example",
            BookerName = "Sam Booker",
            BookerEmail = "sam.booker@mail.example",
            City = city,
            CheckIn = d0.AddDays(checkIn),
            CheckOut = d0.AddDays(checkOut),
        };

        var r = Linker.Link(ads, [B("R1", "Brussels", 0, 10), B("R2", "Antwerp", 10, 19), B("R3", "Liège", 26, 37), B("R4", "Brussels", 37, 46), B("R5", "Brussels", 20, 24)]);

        var ours = r.Networks.Single(n => n.Id == Ads.NetworkOf(r, "Lina-Brussels-0"));
        var theirs = r.Networks.Single(n => n.Id == Ads.NetworkOf(r, "busy-Ann-0"));
        Assert.NotEqual(ours.Id, theirs.Id);
        Assert.Equal(["R1", "R2", "R3", "R4"], ours.Bookings.Select(b => b.BookingRef).Order(StringComparer.Ordinal));
        Assert.All(ours.Bookings, b => Assert.Equal(BookingBasis.Presence, b.Basis));
        Assert.Empty(theirs.Bookings);
    }
}
