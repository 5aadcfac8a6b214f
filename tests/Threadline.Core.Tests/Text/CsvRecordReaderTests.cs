using System.Text;
using Threadline.Core.Text;

namespace Threadline.Core.Tests.Text;

public sealed class CsvRecordReaderTests
{
    [Fact]
    public void Quoted_fields_keep_delimiters_quotes_and_line_breaks_and_records_know_their_first_line()
    {
        var records = Frame("a,b\n1,\"x, \"\"y\"\"\nz\"\n2,w\n");

        Assert.Equal([(1L, "a,b"), (2L, "1,\"x, \"\"y\"\"\nz\""), (4L, "2,w")], records.Select(r => (r.Line, r.Text)));
        Assert.Equal(["1", "x, \"y\"\nz"], CsvFields.Split(Encoding.UTF8.GetBytes(records[1].Text), (byte)',', out var after));
        Assert.False(after);
    }

    [Fact]
    public void Lf_crlf_and_a_lone_cr_each_end_a_record_and_count_one_line()
    {
        var records = Frame("h;x\r\n1;a\r2;b\n\r\n3;c");

        Assert.Equal([(1L, "h;x"), (2L, "1;a"), (3L, "2;b"), (4L, ""), (5L, "3;c")], records.Select(r => (r.Line, r.Text)));
    }

    [Fact]
    public void A_lone_cr_is_text_when_the_format_says_so()
    {
        var records = Frame("h,x\n1,a\rb\r\n2,c\n", loneCrEndsRecord: false);

        Assert.Equal([(1L, "h,x"), (2L, "1,a\rb"), (3L, "2,c")], records.Select(r => (r.Line, r.Text)));
    }

    [Fact]
    public void A_record_over_the_limit_keeps_only_its_start_and_reading_goes_on_after_it()
    {
        var big = new string('x', 10_000);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes($"h,v\n1,\"{big}\n{big}\"\n2,ok\n"));
        var csv = new CsvRecordReader(stream, 64, CsvFraming.Csv) { Delimiter = (byte)',' };

        Assert.True(csv.MoveNext());
        Assert.True(csv.MoveNext());
        Assert.True(csv.Oversized);
        Assert.Equal(64, csv.Kept);
        Assert.Equal(20_005, csv.Length);
        Assert.True(csv.MoveNext());
        Assert.Equal((4L, "2,ok", false), (csv.Line, Encoding.UTF8.GetString(csv.Current.Span), csv.Oversized));
        Assert.False(csv.MoveNext());
    }

    [Fact]
    public void An_unterminated_quote_is_one_bounded_record_to_the_end_of_the_file()
    {
        var text = "h,v\n1,\"never closed\n" + string.Concat(Enumerable.Repeat("2,fine\n", 5000));
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        var csv = new CsvRecordReader(stream, 1024, CsvFraming.Csv) { Delimiter = (byte)',' };

        Assert.True(csv.MoveNext());
        Assert.True(csv.MoveNext());
        Assert.True(csv.Unterminated);
        Assert.True(csv.Oversized);
        Assert.Equal(1024, csv.Kept);
        Assert.False(csv.MoveNext());
    }

    [Fact]
    public void Lines_framing_ignores_quotes_drops_the_cr_of_crlf_and_the_byte_order_mark()
    {
        var records = Frame("\uFEFF{\"a\":\"\"\"}\r\n\n{\"b\":1}", framing: CsvFraming.Lines);

        Assert.Equal([(1L, "{\"a\":\"\"\"}"), (2L, ""), (3L, "{\"b\":1}")], records.Select(r => (r.Line, r.Text)));
    }

    [Fact]
    public void Before_the_delimiter_is_known_any_candidate_separates_fields_for_quoting()
    {
        // The header's quoted name holds a line break: it starts after ';', which is not yet known to be the delimiter.
        var records = Frame("a;\"b\nc\";d\n1;2;3\n");

        Assert.Equal([(1L, "a;\"b\nc\";d"), (3L, "1;2;3")], records.Select(r => (r.Line, r.Text)));
    }

    [Theory]
    [InlineData("a,b;c", ',')]
    [InlineData("a;b;c,d", ';')]
    [InlineData("a\tb\tc", '\t')]
    [InlineData("a|b|c", '|')]
    [InlineData("\"x;y;z\",b", ',')]
    [InlineData("single", ',')]
    public void The_delimiter_is_the_candidate_most_often_outside_quotes(string header, char expected) =>
        Assert.Equal((byte)expected, CsvFields.DetectDelimiter(Encoding.UTF8.GetBytes(header)));

    [Fact]
    public void Text_after_a_closing_quote_is_kept_and_reported()
    {
        var fields = CsvFields.Split("\"X\"Y,\"a\"\"b\",c\"d"u8, (byte)',', out var after);

        Assert.Equal(["XY", "a\"b", "c\"d"], fields);
        Assert.True(after);
    }

    private static List<(long Line, string Text)> Frame(string text, CsvFraming framing = CsvFraming.Csv, bool loneCrEndsRecord = true)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        var csv = new CsvRecordReader(stream, 1 << 20, framing) { LoneCarriageReturnEndsRecord = loneCrEndsRecord };
        var records = new List<(long, string)>();
        while (csv.MoveNext())
        {
            records.Add((csv.Line, Encoding.UTF8.GetString(csv.Current.Span)));
            if (framing == CsvFraming.Csv && csv.Line == 1)
            {
                csv.Delimiter = CsvFields.DetectDelimiter(csv.Current.Span);
            }
        }

        return records;
    }
}
