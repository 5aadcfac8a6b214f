using Threadline.Ingest.Ads;

namespace Threadline.Ingest.Tests.Ads;

/// <summary>
/// A value that cannot be read leaves out that value, not the ad: the ad is kept and the quarantine
/// says which value and why. Only a record without identity or content is rejected (issue 12, item 5).
/// </summary>
public sealed class UnreadableValueTests
{
    private const string Head = """{"site":"s.example","ad_id":"1",""";

    [Theory]
    [InlineData("\"posted_at\":\"yesterday-ish\",\"title\":\"t\"", "unparseable date in 'posted_at': 'yesterday-ish'; the ad is kept without this value", "yesterday-ish")]
    [InlineData("\"posted_at\":\"2026-02-30\",\"title\":\"t\"", "unparseable date in 'posted_at': '2026-02-30'; the ad is kept without this value", "2026-02-30")]
    [InlineData("\"posted_at\":12.5,\"title\":\"t\"", "unparseable date in 'posted_at': '12.5' is not epoch seconds between 1990 and 2100; the ad is kept without this value", "12.5")]
    [InlineData("\"posted_at\":true,\"title\":\"t\"", "field 'posted_at' must be a date, not a boolean; the ad is kept without this value", "true")]
    [InlineData("\"posted_at\":\"2026-03-01\",\"title\":\"t\",\"country\":32", "field 'country' must be text, not a number; the ad is kept without this value", "32")]
    [InlineData("\"posted_at\":\"2026-03-01\",\"title\":\"t\",\"images\":[1,2]", "field 'images' must be an array of strings, not a JSON array; the ad is kept without this value", "[1,2]")]
    [InlineData("\"posted_at\":\"2026-03-01\",\"title\":\"t\",\"images\":{\"a\":1}", "field 'images' must be an array of strings, not a JSON object; the ad is kept without this value", "{\"a\":1}")]
    [InlineData("\"posted_at\":\"2026-03-01\",\"title\":\"t\",\"city\":[\"Gent\"]", "field 'city' must be text, not an array; the ad is kept without this value", "[\"Gent\"]")]
    [InlineData("\"posted_at\":\"2026-03-01\",\"title\":\"t\",\"phone\":{\"n\":1}", "field 'phone' must be text or a number, not a JSON object; the ad is kept without this value", "{\"n\":1}")]
    [InlineData("\"posted_at\":\"2026-03-01\",\"title\":[\"a\"],\"body\":\"b\"", "field 'title' must be text, not an array; the ad is kept without this value", "[\"a\"]")]
    [InlineData("\"posted_at\":\"2026-03-01\",\"title\":\"a\\u0000b\",\"body\":\"b\"", "field 'title' holds a NUL character; the ad is kept without this value", "a b")]
    [InlineData("\"posted_at\":\"2026-03-01\",\"title\":\"t\",\"city\":\"Gent\",\"City\":\"Lyon\"", "field 'city' appears twice; the ad is kept with the first value", "Lyon")]
    public void An_unreadable_optional_value_is_left_out_and_the_ad_kept(string rest, string reason, string excerpt)
    {
        var ad = Read.Single("ads.jsonl", Head + rest + "}\n");

        var dropped = Assert.Single(ad.DroppedValues);
        Assert.Equal(reason, dropped.Reason);
        Assert.Equal(excerpt, dropped.Excerpt);
        Assert.True(dropped.Kept);
        Assert.Equal((ad.File, 1L), (dropped.File, dropped.Line));
        Assert.Equal("1", ad.AdId);
    }

    [Fact]
    public void An_unparseable_posted_at_leaves_the_ad_undated()
    {
        var ad = Read.Single("ads.jsonl", Head + "\"posted_at\":\"yesterday-ish\",\"title\":\"t\",\"city\":\"Gent\"}\n");
        Assert.Null(ad.PostedAt);
        Assert.Equal("Gent", ad.City);
    }

    [Fact]
    public void An_ad_without_posted_at_is_kept_undated_with_nothing_to_report()
    {
        var ad = Read.Single("ads.jsonl", Head + "\"title\":\"t\"}\n");
        Assert.Null(ad.PostedAt);
        Assert.Empty(ad.DroppedValues);
    }

    [Fact]
    public void An_unknown_country_stays_as_a_raw_value_and_is_listed()
    {
        var ad = Read.Single("ads.jsonl", Head + "\"posted_at\":\"2026-03-01\",\"title\":\"t\",\"country\":\"Atlantis\"}\n");

        Assert.Null(ad.Country);
        Assert.Contains(new KeyValuePair<string, string>("country", "Atlantis"), ad.Extras);
        Assert.Equal("unknown country 'Atlantis' (not an ISO 3166-1 code or English name); kept as raw:country", Assert.Single(ad.DroppedValues).Reason);
    }

    [Fact]
    public void More_image_references_than_the_limit_keep_the_first_ones_and_list_the_rest()
    {
        var images = string.Join(",", Enumerable.Range(0, 150).Select(i => $"\"{i}.jpg\""));
        var ad = Read.Single("ads.jsonl", Head + "\"posted_at\":\"2026-03-01\",\"title\":\"t\",\"images\":[" + images + "]}\n");

        Assert.Equal(100, ad.Images.Count);
        Assert.Equal("99.jpg", ad.Images[^1]);
        Assert.Equal("150 image references, over the limit of 100; the first 100 are kept", Assert.Single(ad.DroppedValues).Reason);
    }

    [Theory]
    [InlineData("""{"ad_id":"1","posted_at":"2026-03-01","title":"t"}""", "missing required field: site")]
    [InlineData("""{"site":"s","posted_at":"2026-03-01","title":"t"}""", "missing required field: ad_id or url")]
    [InlineData("""{"site":"s","ad_id":"1","posted_at":"2026-03-01"}""", "missing required field: title or body")]
    [InlineData("""{"site":"s","ad_id":"1","title":["a"]}""", "field 'title' must be text, not an array")]
    [InlineData("""{"site":"s","ad_id":"1","title":["a"],"body":7}""", "field 'title' must be text, not an array; field 'body' must be text, not a number")]
    [InlineData("""{"site":42,"ad_id":"1","title":"t"}""", "field 'site' must be text, not a number")]
    [InlineData("""{"site":"s","ad_id":{"v":1},"title":"t"}""", "field 'ad_id' must be text or a number, not a JSON object")]
    [InlineData("""{"site":"s","url":"a\u0000b","title":"t"}""", "field 'url' holds a NUL character")]
    [InlineData("""{"site":"s","ad_id":"1","ad_id":"2","title":"t"}""", "field 'ad_id' appears twice")]
    public void A_record_without_identity_or_content_is_rejected(string line, string reason)
    {
        Assert.Equal(reason, Read.Rejected("ads.jsonl", line + "\n").Reason);
    }

    [Fact]
    public void A_csv_row_with_an_impossible_date_is_kept_undated()
    {
        var items = Read.Text("ads.csv", "site;ad_id;posted_at;title\ns;1;32/03/2026;ok\ns;2;01/03/2026;ok\n");

        Assert.All(items, i => Assert.True(i.IsAccepted));
        Assert.Null(items[0].Ad!.PostedAt);
        Assert.Equal("unparseable date in 'posted_at': '32/03/2026'; the ad is kept without this value", Assert.Single(items[0].Ad!.DroppedValues).Reason);
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero), items[1].Ad!.PostedAt);
    }

    [Fact]
    public void A_csv_export_without_a_posted_at_column_is_read()
    {
        var ad = Read.Single("ads.csv", "site,ad_id,title\ns,1,ok\n");
        Assert.Null(ad.PostedAt);
    }

    [Fact]
    public void A_page_with_an_unreadable_time_is_kept_undated()
    {
        const string page = """
            <html><head><meta property="og:site_name" content="s.example"></head>
            <body><article data-ad-id="p1"><h1>Title</h1><time datetime="soon">soon</time></article></body></html>
            """;

        var ad = Read.Single("p1.html", page);

        Assert.Null(ad.PostedAt);
        Assert.Equal("unparseable date in 'posted_at': 'soon'; the ad is kept without this value", Assert.Single(ad.DroppedValues).Reason);
    }
}
