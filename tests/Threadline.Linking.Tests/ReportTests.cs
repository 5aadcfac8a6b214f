namespace Threadline.Linking.Tests;

public sealed class ReportTests
{
    private static (LinkResult Result, List<AdFeatures> Ads) Hostile()
    {
        var world = MiniWorld.Create(seed: 9, independents: 20, agencies: 1, networks: 2, hubs: true);
        var ads = world.Ads.Select((a, i) => i % 5 == 0
            ? a with
            {
                Title = "<script>alert('x')</script> & \"quotes\"",
                Locator = "javascript:alert(1)",
                ImageRefs = ["images/p1.jpg", "javascript:evil()"],
            }
            : a with { ImageRefs = ["images/" + a.AdId + ".jpg"] }).ToList();
        return (Linker.Link(ads, world.Bookings), ads);
    }

    [Fact]
    public void Html_report_has_every_section_and_needs_no_network()
    {
        var (r, ads) = Hostile();
        var html = ReportRenderer.RenderHtml(r, ads);
        foreach (var section in new[] { "id=\"ranking\"", "id=\"networks\"", "Score breakdown", "Personas", "Templates", "Movement", "class=\"timeline\"", "Bookings", "Source ads", "id=\"hubs\"", "id=\"bookers\"", "id=\"filter\"", "<mark" })
        {
            Assert.Contains(section, html, StringComparison.Ordinal);
        }

        Assert.Contains(LinkResult.LeadNotice, html, StringComparison.Ordinal);
        Assert.DoesNotContain("src=\"http", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<link", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"ref\">images/", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Photos_are_embedded_only_as_data_uris_the_caller_made_from_ingested_files()
    {
        var (r, ads) = Hostile();
        var uri = "data:image/jpeg;base64,AAAA";
        var html = ReportRenderer.RenderHtml(r, ads, new ReportOptions
        {
            PhotoData = (_, reference) => reference.StartsWith("images/", StringComparison.Ordinal) ? uri : "https://tracker.example/x.png",
        });
        Assert.Contains($"<img src=\"{uri}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("tracker.example", html, StringComparison.Ordinal);
        Assert.DoesNotMatch("src=\"(?!data:image/)", html);
        var capped = ReportRenderer.RenderHtml(r, ads, new ReportOptions { PhotoData = (_, _) => uri, MaxEmbeddedPhotos = 2 });
        Assert.Equal(2, CountOf(capped, "<img "));
    }

    [Fact]
    public void Hostile_ad_text_and_links_are_escaped()
    {
        var (r, ads) = Hostile();
        var html = ReportRenderer.RenderHtml(r, ads);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"javascript:", html, StringComparison.Ordinal);
        Assert.DoesNotContain("src=\"javascript:", html, StringComparison.Ordinal);
        Assert.Equal(1, CountOf(html, "<script>"));
    }

    [Fact]
    public void Json_report_holds_the_same_networks_with_the_notice()
    {
        var (r, _) = Hostile();
        using var stream = new MemoryStream();
        ReportRenderer.WriteJson(stream, r);
        using var doc = System.Text.Json.JsonDocument.Parse(stream.ToArray());
        Assert.Equal(LinkResult.LeadNotice, doc.RootElement.GetProperty("notice").GetString());
        var networks = doc.RootElement.GetProperty("result").GetProperty("networks");
        Assert.Equal(r.Networks.Count, networks.GetArrayLength());
        Assert.True(networks[0].GetProperty("risk").GetProperty("parts").GetArrayLength() > 0);
    }

    [Fact]
    public void Extra_sections_are_rendered_as_escaped_tables()
    {
        var (r, ads) = Hostile();
        var section = new ReportSection("money<x>", "Money <b>view</b>", "note <script>", ["account", "why"], [["BE00 <script>alert(1)</script>", "paid booking"]]);
        var html = ReportRenderer.RenderHtml(r, ads, new ReportOptions { ExtraSections = [section] });
        Assert.Contains("id=\"moneyx\"", html, StringComparison.Ordinal);
        Assert.Contains("Money &lt;b&gt;view&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
        Assert.Contains("paid booking", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Writes_both_files_to_a_folder()
    {
        var (r, ads) = Hostile();
        var dir = Path.Combine(Path.GetTempPath(), "threadline-report-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (html, json) = ReportRenderer.WriteFiles(dir, r, ads);
            Assert.True(new FileInfo(html).Length > 1000);
            Assert.True(new FileInfo(json).Length > 1000);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    private static int CountOf(string text, string what)
    {
        var count = 0;
        for (var i = text.IndexOf(what, StringComparison.Ordinal); i >= 0; i = text.IndexOf(what, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
