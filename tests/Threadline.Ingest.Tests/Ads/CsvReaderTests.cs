using System.Text;
using nietras.SeparatedValues;
using Threadline.Ingest.Ads;

namespace Threadline.Ingest.Tests.Ads;

public sealed class CsvReaderTests
{
    private static readonly string[][] Rows =
    [
        ["velvetnights.example", "vn-1", "01/03/2026 20:00", "Lille", "FR", "Nouvelle, à Lille", "Bonjour;\n\"entre guillemets\"\tet | tab", "06 12 34 56 78", "a.jpg|b.jpg", "x"],
        ["velvetnights.example", "vn-2", "2026-03-02 21:30", "Paris", "France", "Clara", "Texte simple", "", "", ""],
    ];

    private static readonly string[] Header = ["site", "ad_id", "posted_at", "city", "country", "title", "body", "phone", "images", "extra_note"];

    [Theory]
    [InlineData(',', "csv")]
    [InlineData(';', "csv")]
    [InlineData('\t', "tsv")]
    [InlineData('|', "csv")]
    public void Detects_the_delimiter_from_the_header_and_reads_rfc4180_quoting(char delimiter, string extension)
    {
        var ads = Accepted(Write(delimiter, Header), extension);

        Assert.Equal(2, ads.Count);
        var first = ads[0];
        Assert.Equal("vn-1", first.AdId);
        Assert.Equal("Nouvelle, à Lille", first.Title);
        Assert.Equal("Bonjour;\n\"entre guillemets\"\tet | tab", first.Body);
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 20, 0, 0, TimeSpan.Zero), first.PostedAt);
        Assert.Equal("FR", first.Country);
        Assert.Equal(["a.jpg", "b.jpg"], first.Images);
        Assert.Equal([new("extra_note", "x")], first.Extras);
        Assert.Equal(2, first.Line);
        Assert.Equal(4, ads[1].Line); // the quoted line break in row 1 takes a line
        Assert.Equal("FR", ads[1].Country);
        Assert.Null(ads[1].Phone);
        Assert.Empty(ads[1].Images);
    }

    [Fact]
    public void Reads_columns_in_any_order_and_any_case()
    {
        var reordered = new[] { "EXTRA_NOTE", "Body", "Title", "images", "Phone", "country", "City", "Posted_At", "AD_ID", "Site" };
        var ads = Accepted(Write(',', reordered), "csv");
        Assert.Equal("Nouvelle, à Lille", ads[0].Title);
        Assert.Equal("vn-1", ads[0].AdId);
        Assert.Equal("velvetnights.example", ads[0].Site);
        Assert.Equal([new("extra_note", "x")], ads[0].Extras);
    }

    [Fact]
    public void Rejects_a_row_with_the_wrong_number_of_fields_and_keeps_the_others()
    {
        var items = Read.Text("ads.csv", "site,ad_id,posted_at,title\ns,1,2026-03-01,ok\ns,2,2026-03-01,too,many\ns,3,2026-03-01,ok\n");
        Assert.Equal([true, false, true], items.Select(i => i.IsAccepted));
        Assert.Equal("row has 5 fields, the header has 4", items[1].Rejection!.Reason);
        Assert.Equal(3, items[1].Rejection!.Line);
        Assert.Equal("s,2,2026-03-01,too,many", items[1].Rejection!.Excerpt);
    }

    [Fact]
    public void Rejects_a_last_row_that_ends_inside_quotes()
    {
        var items = Read.Text("ads.csv", "site,ad_id,posted_at,title\r\ns,1,2026-03-01,ok\r\ns,2,2026-03-01,\"never closed\r\nmore");
        Assert.Equal([true, false], items.Select(i => i.IsAccepted));
        Assert.StartsWith("unterminated quoted field", items[1].Rejection!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Treats_a_quote_inside_an_unquoted_field_as_text()
    {
        var ad = Read.Single("ads.csv", "site,ad_id,posted_at,title\ns,1,2026-03-01,5\" tall\n");
        Assert.Equal("5\" tall", ad.Title);
    }

    [Fact]
    public void Rejects_a_row_with_invalid_utf8_and_keeps_the_others()
    {
        var bytes = Encoding.UTF8.GetBytes("site;ad_id;posted_at;title\ns;1;2026-03-01;caf").Concat(new byte[] { 0xE9 })
            .Concat(Encoding.UTF8.GetBytes("\ns;2;2026-03-01;café\n")).ToArray();
        var items = Read.Bytes("ads.csv", bytes);
        Assert.Equal([false, true], items.Select(i => i.IsAccepted));
        Assert.Equal("invalid UTF-8 at byte 19 of the record", items[0].Rejection!.Reason);
        Assert.Equal("café", items[1].Ad!.Title);
    }

    [Fact]
    public void Rejects_a_header_without_required_columns_once_for_the_whole_file()
    {
        var rejection = Read.Rejected("ads.csv", "name,text,when\na,b,c\nd,e,f\n");
        Assert.Equal(0, rejection.Line);
        Assert.Equal("CSV header: no column for site, ad_id or url, title or body (columns read with delimiter ',': name, text, when)", rejection.Reason);
    }

    [Fact]
    public void Rejects_a_header_that_names_a_column_twice()
    {
        var rejection = Read.Rejected("ads.csv", "site,ad_id,posted_at,title,Title\na,b,c,d,e\n");
        Assert.Equal("CSV header: column 'title' appears twice", rejection.Reason);
    }

    [Fact]
    public void Rejects_an_oversized_quoted_record_and_finds_the_next_one()
    {
        var big = new string('x', 3000) + "\n" + new string('y', 3000);
        var text = $"site,ad_id,posted_at,body\ns,1,2026-03-01,\"{big}\"\ns,2,2026-03-01,small\n";
        var items = Read.Text("ads.csv", text, AdReaderLimits.Default with { MaxRecordBytes = 1000 });
        Assert.Equal([false, true], items.Select(i => i.IsAccepted));
        Assert.StartsWith("record is 6,018 bytes, over the limit of 1,000 bytes", items[0].Rejection!.Reason, StringComparison.Ordinal);
        Assert.Equal(4, items[1].Ad!.Line);
    }

    [Fact]
    public void Rejects_a_50_MB_quoted_body_with_line_breaks_without_holding_it_and_reads_on()
    {
        using var dir = new TempDir();
        var path = dir.Combine("huge.csv");
        using (var stream = File.Create(path))
        {
            stream.Write("site;ad_id;posted_at;body\r\ns;big;2026-03-01;\""u8);
            var block = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat(new string('x', 1023) + "\n", 1024)).Replace("xxxx", "x;\"\"", StringComparison.Ordinal));
            for (var i = 0; i < 50; i++)
            {
                stream.Write(block);
            }

            stream.Write("\"\r\ns;small;2026-03-01;ok\r\n"u8);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        var items = AdFileReader.Read(path).ToList();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal([false, true], items.Select(i => i.IsAccepted));
        Assert.Contains("over the limit of 1,048,576 bytes", items[0].Rejection!.Reason, StringComparison.Ordinal);
        Assert.Equal(3 + (50 * 1024), items[1].Ad!.Line);
        Assert.Equal("ok", items[1].Ad!.Body);
        Assert.True(allocated < 8L * 1024 * 1024, $"allocated {allocated} bytes");
    }

    [Fact]
    public void Reads_a_file_without_known_extension_by_sniffing_its_header()
    {
        var ad = Read.Single("export.txt", "site\tad_id\tposted_at\ttitle\ns\t1\t2026-03-01\tok\n");
        Assert.Equal("ok", ad.Title);
    }

    private static List<AdRecord> Accepted(string text, string extension)
    {
        var items = Read.Text("ads." + extension, text);
        Assert.All(items, i => Assert.True(i.IsAccepted, i.Rejection?.Reason));
        return items.Select(i => i.Ad!).ToList();
    }

    /// <summary>Writes the rows with Sep, an independent RFC 4180 writer, in the given column order.</summary>
    private static string Write(char delimiter, string[] columns)
    {
        using var writer = Sep.New(delimiter).Writer(o => o with { Escape = true }).ToText();
        foreach (var row in Rows)
        {
            using var written = writer.NewRow();
            foreach (var column in columns)
            {
                written[column].Set(row[Array.FindIndex(Header, h => string.Equals(h, column, StringComparison.OrdinalIgnoreCase))]);
            }
        }

        return writer.ToString();
    }
}
