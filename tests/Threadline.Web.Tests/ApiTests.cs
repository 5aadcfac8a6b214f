using System.Net;
using System.Text.Json;

namespace Threadline.Web.Tests;

/// <summary>The API over a small simulated workspace: every page's data as JSON (paged and bounded) and CSV, with OpenAPI.</summary>
[Collection(WebCollection.Name)]
public sealed class ApiTests(WorkspaceFixture workspace) : IDisposable
{
    private readonly WebFactory _factory = new(workspace.Workspace);

    public void Dispose() => _factory.Dispose();

    private async Task<JsonElement> Get(string url)
    {
        using var client = _factory.CreateClient();
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.True(response.StatusCode == HttpStatusCode.OK, url + " answered " + response.StatusCode);
        Assert.StartsWith("application/json", response.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return doc.RootElement.Clone();
    }

    private async Task<string> TopNetwork() =>
        (await Get("/api/leads?limit=1")).GetProperty("leads").GetProperty("items")[0].GetProperty("id").GetString()!;

    [Fact]
    public async Task Leads_come_ranked_with_score_parts_and_the_notice()
    {
        var answer = await Get("/api/leads?limit=5");
        Assert.Contains("not findings", answer.GetProperty("notice").GetString(), StringComparison.Ordinal);
        var items = answer.GetProperty("leads").GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.Equal(Enumerable.Range(1, items.Count), items.Select(i => i.GetProperty("rank").GetInt32()));
        var scores = items.Select(i => i.GetProperty("score").GetDouble()).ToList();
        Assert.Equal(scores.OrderByDescending(s => s), scores);
        var first = items[0];
        Assert.Equal(first.GetProperty("score").GetDouble(), first.GetProperty("parts").EnumerateArray().Sum(p => p.GetProperty("points").GetDouble()), 0.6);
        Assert.Equal(JsonValueKind.String, first.GetProperty("pattern").ValueKind);
    }

    [Fact]
    public async Task Lead_filters_narrow_the_list_and_page_sizes_are_bounded()
    {
        var all = await Get("/api/leads?limit=100000");
        Assert.Equal(200, all.GetProperty("leads").GetProperty("limit").GetInt32());
        var total = all.GetProperty("leads").GetProperty("total").GetInt64();
        var flagged = await Get("/api/leads?flagged=true");
        Assert.All(flagged.GetProperty("leads").GetProperty("items").EnumerateArray(), i => Assert.True(i.GetProperty("flagged").GetBoolean()));
        var high = await Get("/api/leads?minScore=50");
        Assert.All(high.GetProperty("leads").GetProperty("items").EnumerateArray(), i => Assert.True(i.GetProperty("score").GetDouble() >= 50));
        var country = all.GetProperty("leads").GetProperty("items")[0].GetProperty("countries")[0].GetString()!;
        var inCountry = await Get("/api/leads?country=" + country.ToLowerInvariant());
        Assert.InRange(inCountry.GetProperty("leads").GetProperty("total").GetInt64(), 1, total);
        Assert.All(inCountry.GetProperty("leads").GetProperty("items").EnumerateArray(), i => Assert.Contains(country, i.GetProperty("countries").EnumerateArray().Select(c => c.GetString())));
        var none = await Get("/api/leads?from=2031-01-01");
        Assert.Equal(0, none.GetProperty("leads").GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task A_network_downloads_for_aleph_gephi_and_i2_and_nothing_for_unknown_leads_or_formats()
    {
        var id = await TopNetwork();
        using var client = _factory.CreateClient();
        var ftm = await client.GetAsync(new Uri("/api/networks/" + id + "/export/ftm", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, ftm.StatusCode);
        var lines = (await ftm.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var schemata = lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("schema").GetString()).ToHashSet();
        Assert.Contains("Organization", schemata);
        Assert.Contains("Person", schemata);
        Assert.Contains("network-", ftm.Content.Headers.ContentDisposition?.FileName ?? "", StringComparison.Ordinal);
        var gexf = await client.GetAsync(new Uri("/api/networks/" + id + "/export/gexf", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, gexf.StatusCode);
        var xml = System.Xml.Linq.XDocument.Parse(await gexf.Content.ReadAsStringAsync());
        Assert.Equal("gexf", xml.Root!.Name.LocalName);
        var i2 = await client.GetAsync(new Uri("/api/networks/" + id + "/export/i2", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, i2.StatusCode);
        using (var zip = new System.IO.Compression.ZipArchive(await i2.Content.ReadAsStreamAsync()))
        {
            Assert.True(zip.Entries.Count >= 2);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/api/networks/" + id + "/export/exe", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/api/networks/no-such-lead/export/ftm", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task A_network_gives_its_chart_with_a_reason_and_weight_on_every_edge_and_its_map()
    {
        var id = await TopNetwork();
        var view = await Get("/api/networks/" + id);
        Assert.Equal(id, view.GetProperty("network").GetProperty("id").GetString());
        Assert.NotEmpty(view.GetProperty("network").GetProperty("risk").GetProperty("parts").EnumerateArray());
        var chart = await Get("/api/networks/" + id + "/graph");
        var kinds = chart.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("kind").GetString()).ToHashSet();
        Assert.Contains("persona", kinds);
        Assert.Contains("phone", kinds);
        Assert.All(chart.GetProperty("edges").EnumerateArray(), e =>
        {
            Assert.False(string.IsNullOrWhiteSpace(e.GetProperty("reason").GetString()));
            Assert.InRange(e.GetProperty("weight").GetDouble(), 0, 1);
        });
        var map = await Get("/api/networks/" + id + "/map");
        var cities = map.GetProperty("cities").EnumerateArray().ToList();
        Assert.NotEmpty(cities);
        Assert.Contains(cities, c => c.GetProperty("latitude").ValueKind == JsonValueKind.Number);
        Assert.NotEmpty(map.GetProperty("stays").EnumerateArray());
    }

    [Fact]
    public async Task A_persona_and_an_ad_carry_their_evidence()
    {
        var id = await TopNetwork();
        var persona = (await Get("/api/networks/" + id)).GetProperty("personas").GetProperty("items")[0].GetProperty("id").GetString()!;
        var view = await Get("/api/personas/" + persona + "?limit=3");
        Assert.Equal(3, view.GetProperty("ads").GetProperty("items").GetArrayLength());
        Assert.NotEmpty(view.GetProperty("phones").EnumerateArray());
        var adId = view.GetProperty("ads").GetProperty("items")[0].GetProperty("id").GetString()!;
        var ad = await Get("/api/ads/" + adId);
        Assert.Equal(persona, ad.GetProperty("persona_id").GetString());
        var phone = ad.GetProperty("findings").EnumerateArray().First(f => f.GetProperty("kind").GetString() == "phone");
        Assert.NotEmpty(phone.GetProperty("techniques").EnumerateArray());
        var marked = ad.GetProperty("body").EnumerateArray().Concat(ad.GetProperty("title").EnumerateArray()).Where(s => s.GetProperty("kind").ValueKind == JsonValueKind.String).ToList();
        Assert.Contains(marked, s => s.GetProperty("kind").GetString() == "phone");
    }

    [Theory]
    [InlineData("0470 12 34 56")]
    [InlineData("+32470123456")]
    [InlineData("470/12.34.56")]
    [InlineData("0032 470 12 34 56")]
    public async Task A_phone_typed_in_any_form_finds_the_ads_that_carry_it(string typed)
    {
        var answer = await Get("/api/search?q=" + Uri.EscapeDataString(typed));
        Assert.Contains(answer.GetProperty("matches").EnumerateArray(), m => m.GetProperty("value").GetString() == WorkspaceFixture.ExtraPhone);
        var ads = answer.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("ad").GetProperty("title").GetString()).ToList();
        Assert.Equal(2, ads.Count);
        Assert.Contains(ads, t => t!.Contains("Antwerpen", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Phone_email_and_handle_pages_list_every_ad_and_the_hub_decision()
    {
        var phone = await Get("/api/phones/" + Uri.EscapeDataString(WorkspaceFixture.ExtraPhone));
        Assert.Equal(2, phone.GetProperty("ads").GetProperty("total").GetInt64());
        Assert.Equal("BE", phone.GetProperty("country").GetString());
        Assert.Equal(JsonValueKind.Array, phone.GetProperty("hubs").ValueKind);
        var email = await Get("/api/emails/mira.gent%40example.org");
        Assert.Equal(1, email.GetProperty("ads").GetProperty("total").GetInt64());
        var search = await Get("/api/search?q=mira.gent%40example.org");
        Assert.Contains(search.GetProperty("matches").EnumerateArray(), m => m.GetProperty("kind").GetString() == "email");
    }

    [Fact]
    public async Task Full_text_search_gives_snippets_and_facets_and_bounds_its_input()
    {
        var answer = await Get("/api/search?q=nieuw&limit=5");
        Assert.NotEmpty(answer.GetProperty("hits").EnumerateArray());
        Assert.Contains(answer.GetProperty("hits")[0].GetProperty("snippet").EnumerateArray(), p => p.GetProperty("match").GetBoolean());
        var facets = answer.GetProperty("facets").EnumerateArray().Select(f => f.GetProperty("name").GetString()).ToList();
        Assert.Contains("site", facets);
        Assert.Contains("month", facets);
        var huge = await Get("/api/search?q=" + new string('a', 5000));
        Assert.Equal(1000, huge.GetProperty("query").GetString()!.Length);
    }

    [Fact]
    public async Task An_account_shows_flows_findings_and_traces_that_conserve_money()
    {
        var id = await TopNetwork();
        var money = (await Get("/api/networks/" + id)).GetProperty("money");
        var account = money.ValueKind == JsonValueKind.Object
            ? money.GetProperty("accounts")[0].GetProperty("account").GetString()!
            : (await Get("/api/leads?limit=200")).GetProperty("leads").GetProperty("items").EnumerateArray()
                .Select(l => Get("/api/networks/" + l.GetProperty("id").GetString()).Result.GetProperty("money"))
                .First(m => m.ValueKind == JsonValueKind.Object).GetProperty("accounts")[0].GetProperty("account").GetString()!;
        var view = await Get("/api/accounts/" + Uri.EscapeDataString(account));
        Assert.True(view.GetProperty("in").GetDecimal() + view.GetProperty("out").GetDecimal() > 0);
        var forward = view.GetProperty("forward");
        Assert.Equal(forward.GetProperty("traced_minor").GetInt64(), forward.GetProperty("held_minor").GetInt64());
        var trace = await Get("/api/networks/" + id + "/trace");
        Assert.Equal(trace.GetProperty("traced_minor").GetInt64(), trace.GetProperty("held_minor").GetInt64());
    }

    [Fact]
    public async Task Lists_export_as_csv_with_formula_cells_neutralised()
    {
        using var client = _factory.CreateClient();
        var response = await client.GetAsync(new Uri("/api/search?q=" + Uri.EscapeDataString("0470 12 34 56") + "&format=csv", UriKind.Relative));
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("rank,entity,schema,property,snippet", text.TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Contains("'+32470123456", text, StringComparison.Ordinal);
        var leads = await client.GetStringAsync(new Uri("/api/leads?format=csv", UriKind.Relative));
        Assert.True(leads.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length > 1);
    }

    [Fact]
    public async Task Unknown_ids_answer_404_and_the_openapi_document_describes_every_route()
    {
        using var client = _factory.CreateClient();
        foreach (var url in new[] { "/api/networks/N-nope", "/api/personas/P-nope", "/api/ads/ad-nope", "/api/phones/%2B1", "/api/accounts/XX00", "/api/networks/" + new string('x', 300) })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri(url, UriKind.Relative))).StatusCode);
        }

        var openapi = await Get("/openapi/v1.json");
        var paths = openapi.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var path in new[] { "/api/leads", "/api/networks/{id}", "/api/networks/{id}/graph", "/api/networks/{id}/map", "/api/personas/{id}", "/api/ads/{id}", "/api/phones/{value}", "/api/emails/{value}", "/api/handles/{value}", "/api/accounts/{key}", "/api/search" })
        {
            Assert.Contains(path, paths);
        }
    }
}
