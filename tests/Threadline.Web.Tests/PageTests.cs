using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Threadline.Web.Tests;

/// <summary>The server-rendered pages: each main page answers with the notice, encodes ad text, loads nothing from elsewhere.</summary>
[Collection(WebCollection.Name)]
public sealed partial class PageTests(WorkspaceFixture workspace) : IDisposable
{
    private readonly WebFactory _factory = new(workspace.Workspace);

    public void Dispose() => _factory.Dispose();

    private async Task<(HttpResponseMessage Response, string Html)> Page(string url)
    {
        var client = _factory.CreateClient();
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        return (response, await response.Content.ReadAsStringAsync());
    }

    private async Task<JsonElement> Json(string url)
    {
        using var client = _factory.CreateClient();
        using var doc = JsonDocument.Parse(await client.GetStringAsync(new Uri(url, UriKind.Relative)));
        return doc.RootElement.Clone();
    }

    private async Task<List<string>> MainPages()
    {
        var lead = (await Json("/api/leads?limit=1")).GetProperty("leads").GetProperty("items")[0].GetProperty("id").GetString()!;
        var network = await Json("/api/networks/" + lead);
        var persona = network.GetProperty("personas").GetProperty("items")[0].GetProperty("id").GetString()!;
        var ad = (await Json("/api/personas/" + persona)).GetProperty("ads").GetProperty("items")[0].GetProperty("id").GetString()!;
        return ["/", "/networks/" + lead, "/personas/" + persona, "/ads/" + ad, "/phones/" + Uri.EscapeDataString(WorkspaceFixture.ExtraPhone), "/search?q=nieuw", "/search?q=" + Uri.EscapeDataString("470/12.34.56")];
    }

    [Fact]
    public async Task Every_main_page_answers_with_the_leads_not_verdicts_notice_and_a_strict_policy()
    {
        foreach (var url in await MainPages())
        {
            var (response, html) = await Page(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, url + " answered " + response.StatusCode);
            Assert.Contains("Leads, not verdicts.", html, StringComparison.Ordinal);
            var policy = response.Headers.GetValues("Content-Security-Policy").Single();
            Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            // No inline script, no inline style, nothing loaded from another host.
            Assert.DoesNotMatch(InlineScript(), html);
            Assert.DoesNotContain(" style=", html, StringComparison.Ordinal);
            Assert.DoesNotMatch(RemoteAsset(), html);
        }
    }

    [Fact]
    public async Task A_phone_page_names_the_networks_of_its_personas_as_leads_by_rank_not_by_internal_id()
    {
        var lead = (await Json("/api/leads?limit=1")).GetProperty("leads").GetProperty("items")[0];
        var network = await Json("/api/networks/" + lead.GetProperty("id").GetString());
        var phone = network.GetProperty("network").GetProperty("phones")[0].GetString()!;
        var (response, html) = await Page("/phones/" + Uri.EscapeDataString(phone));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rank = lead.GetProperty("rank").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains(">Lead #" + rank + "</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">" + lead.GetProperty("id").GetString() + "</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_ad_whose_title_holds_a_script_tag_shows_it_as_text()
    {
        var hits = await Json("/api/search?q=" + Uri.EscapeDataString("0470 12 34 56"));
        var id = hits.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("ad")).First(a => a.GetProperty("title").GetString()!.Contains("<script>", StringComparison.Ordinal)).GetProperty("id").GetString()!;
        var (response, html) = await Page("/ads/" + id);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("&lt;script&gt;window.__pwned=1&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>window.__pwned", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        // The phone in the body is marked, with how it was written.
        Assert.Contains("<mark class=\"m-phone\"", html, StringComparison.Ordinal);
        // The text keeps its own spacing around what is marked.
        Assert.Contains("Bel me op <mark class=\"m-phone\"", html, StringComparison.Ordinal);
        Assert.Contains("0470 12 34 56</mark>. Discreet", html, StringComparison.Ordinal);
        var (_, search) = await Page("/search?q=" + Uri.EscapeDataString("<script>"));
        Assert.DoesNotContain("<script>window", search, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_lead_page_filters_and_pages_and_unknown_pages_answer_404_as_a_page()
    {
        var (_, all) = await Page("/?flagged=all&limit=2");
        Assert.Contains("rel=\"next\"", all, StringComparison.Ordinal);
        var (_, none) = await Page("/?from=2031-01-01");
        Assert.Contains("No network matches these filters.", none, StringComparison.Ordinal);
        var (missing, html) = await Page("/networks/N-nope");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("Not found", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assets_are_served_by_the_app_itself()
    {
        var client = _factory.CreateClient();
        foreach (var path in new[] { "/assets/css/site.css", "/assets/js/pictures.js", "/assets/js/graph.js", "/assets/lib/cytoscape.min.js", "/assets/lib/leaflet.js", "/assets/lib/countries-50m.json" })
        {
            var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.OK, path + " answered " + response.StatusCode + " (were the npm packages installed? npm ci in src/Threadline.Web)");
        }

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/assets/../../etc/passwd", UriKind.Relative))).StatusCode);
    }

    [GeneratedRegex("<script(?![^>]*\\bsrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex("(src|href)=\"(https?:)?//", RegexOptions.IgnoreCase)]
    private static partial Regex RemoteAsset();
}
