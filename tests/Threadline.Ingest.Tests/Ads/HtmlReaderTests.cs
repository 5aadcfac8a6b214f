using System.Text;
using Threadline.Ingest.Ads;

namespace Threadline.Ingest.Tests.Ads;

public sealed class HtmlReaderTests
{
    private const string Page = """
        <!DOCTYPE html>
        <html><head>
        <meta property="og:site_name" content="DolceVita.example">
        <meta property="og:url" content="https://dolcevita.example/og">
        <link rel="canonical" href="https://dolcevita.example/ads/dv-1">
        <title>Nuova | dolcevita</title>
        </head><body>
        <article data-ad-id="dv-1">
          <h1>Nuova a   Bologna 新来的</h1>
          <p>Posted <time datetime="2026-03-06T21:00:00+01:00">6 March</time>
            in <span itemprop="addressLocality">Bologna</span>, <span itemprop="addressCountry">it</span></p>
          <div class="ad-description"><p>Lei è nuova a Bologna.</p><p>Solo WhatsApp,<br>niente   chiamate.</p><script>track()</script></div>
          <p>Contact: <span class="ad-phone">+32 470 98 76 54</span></p>
          <img class="ad-photo" src="../img/a.jpg"><img class="logo" src="logo.png"><img class="ad-photo" src="../img/b.jpg">
          <dl class="ad-attributes"><dt>Età</dt><dd>22</dd><dt>City</dt><dd>Bologna centro</dd></dl>
        </article></body></html>
        """;

    [Fact]
    public void Reads_every_field_from_a_saved_page()
    {
        var ad = Read.Single("dv-1.html", Page);
        Assert.Equal("dolcevita.example", ad.Site);
        Assert.Equal("dv-1", ad.AdId);
        Assert.Equal("https://dolcevita.example/ads/dv-1", ad.Url);
        Assert.Equal(new DateTimeOffset(2026, 3, 6, 20, 0, 0, TimeSpan.Zero), ad.PostedAt);
        Assert.Equal("Bologna", ad.City);
        Assert.Equal("IT", ad.Country);
        Assert.Equal("Nuova a Bologna 新来的", ad.Title);
        Assert.Equal("Lei è nuova a Bologna.\nSolo WhatsApp,\nniente chiamate.", ad.Body);
        Assert.Equal("+32 470 98 76 54", ad.Phone);
        Assert.Equal(["../img/a.jpg", "../img/b.jpg"], ad.Images);
        Assert.Equal([new("età", "22"), new("city", "Bologna centro")], ad.Extras);
        Assert.Equal(0, ad.Line);
        Assert.Equal("dv-1.html", ad.Locator);
    }

    [Fact]
    public void Falls_back_to_the_open_graph_url_without_a_canonical_link()
    {
        var ad = Read.Single("p.htm", Page.Replace("""<link rel="canonical" href="https://dolcevita.example/ads/dv-1">""", string.Empty, StringComparison.Ordinal));
        Assert.Equal("https://dolcevita.example/og", ad.Url);
    }

    [Fact]
    public void Rejects_a_page_that_is_not_an_ad_with_the_missing_fields()
    {
        var rejection = Read.Rejected("index.html", "<html><head><title>Home</title></head><body><p>Welcome</p></body></html>");
        Assert.Equal("missing required fields: site, ad_id or url, title or body", rejection.Reason);
        Assert.Equal(0, rejection.Line);
        Assert.Equal("Home", rejection.Excerpt);
    }

    [Fact]
    public void Rejects_elements_nested_deeper_than_the_limit()
    {
        var deep = string.Concat(Enumerable.Repeat("<div>", 5000)) + "x" + string.Concat(Enumerable.Repeat("</div>", 5000));
        var rejection = Read.Rejected("deep.html", Page.Replace("<h1>", deep + "<h1>", StringComparison.Ordinal));
        Assert.Equal("elements nested deeper than the limit of 256", rejection.Reason);
    }

    [Fact]
    public void Rejects_a_page_over_the_size_limit_unread()
    {
        var limits = AdReaderLimits.Default with { MaxHtmlBytes = 1000 };
        var rejection = Assert.Single(Read.Text("big.html", Page + new string(' ', 2000), limits)).Rejection!;
        Assert.StartsWith("page is over the limit of 1,000 bytes", rejection.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_a_page_with_invalid_utf8()
    {
        var bytes = Encoding.UTF8.GetBytes(Page).Concat(new byte[] { 0xC3, 0x28 }).ToArray();
        var rejection = Assert.Single(Read.Bytes("bad.html", bytes)).Rejection!;
        Assert.StartsWith("invalid UTF-8 at byte ", rejection.Reason, StringComparison.Ordinal);
        Assert.EndsWith(" of the page", rejection.Reason, StringComparison.Ordinal);
    }
}
