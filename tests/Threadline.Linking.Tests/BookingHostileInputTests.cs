using System.Text;

namespace Threadline.Linking.Tests;

/// <summary>
/// Booking files take the same damage as ad exports (issue 12): a stray NUL, bytes that are not UTF-8,
/// an over-long field, a value that cannot be read. A bad record is rejected with file, line and
/// reason; an unreadable optional value is left out of a booking that is kept; the rest of the file stays.
/// </summary>
public sealed class BookingHostileInputTests
{
    [Fact]
    public void A_stray_nul_rejects_only_its_row()
    {
        var result = BookingInput.Bytes(Encoding.UTF8.GetBytes(string.Join('\n', BookingInput.Header, BookingInput.Row("B1"), BookingInput.Row("B2").Replace("Jan", "J\0an", StringComparison.Ordinal), BookingInput.Row("B3"))));

        Assert.Equal(["B1", "B3"], result.Records.Select(r => r.BookingRef));
        var rejected = Assert.Single(result.Rejected);
        Assert.Equal(("b.csv", 3L), (rejected.File, rejected.Line));
        Assert.Equal("NUL byte at byte 22 of the record (binary data in a text file)", rejected.Reason);
    }

    [Fact]
    public void Invalid_utf8_rejects_only_its_row_not_the_file()
    {
        var bytes = Encoding.UTF8.GetBytes(BookingInput.Header + "\n" + BookingInput.Row("B1") + "\n")
            .Concat(Encoding.UTF8.GetBytes("B2,stayfast.example,Ren")).Concat(new byte[] { 0xE9 }).Concat(Encoding.UTF8.GetBytes(",,,,Paris,FR,2026-03-01,2026-03-02,,,,\n"))
            .Concat(Encoding.UTF8.GetBytes(BookingInput.Row("B3") + "\n"))
            .ToArray();

        var result = BookingInput.Bytes(bytes);

        Assert.Equal(["B1", "B3"], result.Records.Select(r => r.BookingRef));
        var rejected = Assert.Single(result.Rejected);
        Assert.Equal(3, rejected.Line);
        Assert.Equal("invalid UTF-8 at byte 24 of the record", rejected.Reason);
    }

    [Fact]
    public void An_encoded_surrogate_is_not_utf8_and_rejects_its_row()
    {
        var bytes = Encoding.UTF8.GetBytes(BookingInput.Header + "\nB1,p,").Concat(new byte[] { 0xED, 0xA0, 0x80 })
            .Concat(Encoding.UTF8.GetBytes(",,,,,2026-03-01,2026-03-02,,,,\n" + BookingInput.Row("B2") + "\n")).ToArray();

        var result = BookingInput.Bytes(bytes);

        Assert.Equal(["B2"], result.Records.Select(r => r.BookingRef));
        Assert.Equal("invalid UTF-8 at byte 6 of the record", Assert.Single(result.Rejected).Reason);
    }

    [Fact]
    public void An_over_long_record_is_rejected_unread_and_the_line_count_goes_on()
    {
        var huge = "\"" + string.Concat(Enumerable.Repeat(new string('x', 999) + "\n", 100)) + "\"";
        var csv = string.Join('\n', BookingInput.Header, BookingInput.Row("B1").Replace("Jan Test", huge, StringComparison.Ordinal), BookingInput.Row("B2"));

        var result = BookingInput.Text(csv);

        var rejected = Assert.Single(result.Rejected);
        Assert.Equal(2, rejected.Line);
        Assert.StartsWith("record is 100,", rejected.Reason, StringComparison.Ordinal);
        Assert.EndsWith(" bytes, over the limit of 65,536 bytes", rejected.Reason, StringComparison.Ordinal);
        Assert.True(rejected.Excerpt.Length <= 120);
        Assert.Equal("b.csv:103", Assert.Single(result.Records).Locator); // the 100 quoted line breaks count
    }

    [Fact]
    public void A_header_line_over_the_limit_rejects_the_file_without_holding_it()
    {
        var result = BookingInput.Text(new string('x', 10_000_000) + "\n" + BookingInput.Row("B1"));

        Assert.Empty(result.Records);
        var rejected = Assert.Single(result.Rejected);
        Assert.Equal(1, rejected.Line);
        Assert.Equal("header: record is 10,000,000 bytes, over the limit of 65,536 bytes", rejected.Reason);
    }

    [Theory]
    [InlineData("abc", "2", "amount 'abc' is not a decimal with a dot; the booking is kept without this value")]
    [InlineData("12;50", "2", "amount '12;50' is not a decimal with a dot; the booking is kept without this value")]
    [InlineData("1e400", "2", "amount '1e400' is not a decimal with a dot; the booking is kept without this value")]
    [InlineData("99.5", "many", "guests 'many' is not a whole number from 0 to 1000; the booking is kept without this value")]
    [InlineData("99.5", "5000", "guests '5000' is not a whole number from 0 to 1000; the booking is kept without this value")]
    public void An_unreadable_amount_or_guest_count_leaves_out_the_value_and_keeps_the_booking(string amount, string guests, string reason)
    {
        var result = BookingInput.Text(BookingInput.Header + "\n" + BookingInput.Row("B1", amount, guests) + "\n");

        var booking = Assert.Single(result.Records);
        Assert.Empty(result.Rejected);
        var left = Assert.Single(result.LeftOut);
        Assert.Equal(reason, left.Reason);
        Assert.Equal(("b.csv", 2L), (left.File, left.Line));
        Assert.True(left.Kept);
        Assert.Equal(amount == "99.5" ? 99.5m : null, booking.Amount);
        Assert.Equal(guests == "2" ? 2 : null, booking.Guests);
    }

    [Theory]
    [InlineData("Belgium", "EUR", "country 'Belgium' is not an ISO 3166-1 alpha-2 code; the booking is kept without this value")]
    [InlineData("FR", "euros", "currency 'euros' is not an ISO 4217 code; the booking is kept without this value")]
    public void A_country_or_currency_that_is_no_code_is_left_out(string country, string currency, string reason)
    {
        var row = $"B1,stayfast.example,Jan,,,,Paris,{country},2026-03-01,2026-03-03,2,card,10,{currency}";

        var result = BookingInput.Text(BookingInput.Header + "\n" + row + "\n");

        var booking = Assert.Single(result.Records);
        Assert.Equal(reason, Assert.Single(result.LeftOut).Reason);
        Assert.Equal(country.Length == 2 ? "FR" : null, booking.Country);
        Assert.Equal(currency.Length == 3 ? "EUR" : null, booking.Currency);
    }

    [Theory]
    [InlineData("B1,stayfast.example,X,,,,Paris,FR,not-a-date,2026-03-01,1,card,10,EUR", "check_in 'not-a-date' is not a date")]
    [InlineData("B1,stayfast.example,X,,,,Paris,FR,,2026-03-01,1,card,10,EUR", "check_in is missing")]
    [InlineData("B1,stayfast.example,X,,,,Paris,FR,2026-03-01,31/02/2026,1,card,10,EUR", "check_out '31/02/2026' is not a date")]
    [InlineData("B1,stayfast.example,X,,,,Paris,FR,1900-01-01,1900-01-02,1,card,10,EUR", "check_in '1900-01-01' is not a date between 1990 and 2100")]
    [InlineData("B1,stayfast.example,X,,,,Paris,FR,2026-03-05,2026-03-01,1,card,10,EUR", "check_out is before check_in")]
    [InlineData("B1,stayfast.example,X,,,,Paris,FR,2020-01-01,2099-12-31,1,card,10,EUR", "a stay of 29,219 nights, over the limit of 366")]
    [InlineData(",stayfast.example,X,,,,Paris,FR,2026-03-01,2026-03-02,1,card,10,EUR", "booking_ref is missing")]
    [InlineData("B1,stayfast.example,X,,,,Paris,FR,2026-03-01,2026-03-02,1,card,10", "row has 13 fields, the header has 14")]
    [InlineData("B1,stayfast.example,\"X\"Y,,,,Paris,FR,2026-03-01,2026-03-02,1,card,10,EUR", "text after a closing quote")]
    public void An_unreadable_required_value_rejects_the_row_with_line_and_reason(string row, string reason)
    {
        var result = BookingInput.Text(string.Join('\n', BookingInput.Header, BookingInput.Row("A1"), row, BookingInput.Row("A2")) + "\n");

        Assert.Equal(["A1", "A2"], result.Records.Select(r => r.BookingRef));
        var rejected = Assert.Single(result.Rejected);
        Assert.Equal(("b.csv", 3L, reason), (rejected.File, rejected.Line, rejected.Reason));
        Assert.StartsWith(row[..10], rejected.Excerpt, StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_that_names_a_column_twice_rejects_the_file()
    {
        var result = BookingInput.Text("booking_ref,platform,check_in,check_out,City,city\nB1,p,2026-03-01,2026-03-02,a,b\n");
        Assert.Equal("header: column 'city' appears twice", Assert.Single(result.Rejected).Reason);
        Assert.Empty(result.Records);
    }

    [Fact]
    public void Crlf_and_a_byte_order_mark_are_read_and_lines_count_from_the_header()
    {
        var result = BookingInput.Text("\uFEFF" + BookingInput.Header + "\r\n" + BookingInput.Row("B1") + "\r\n\r\n" + BookingInput.Row("B2") + "\r\n");
        Assert.Equal(["b.csv:2", "b.csv:4"], result.Records.Select(r => r.Locator));
        Assert.Equal("EUR", result.Records[0].Currency);
    }
}
