using System.Text.Json;
using Microsoft.Playwright;

namespace Threadline.Web.Tests;

/// <summary>
/// The analyst's path in a real browser (Debian's Chromium through Playwright): leads → network → link chart → phone page,
/// the map, search by a phone written another way, an ad whose title holds a script; axe-core on every main page; no
/// request leaves 127.0.0.1. Screenshots of each main page go to docs/screenshots/.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class BrowserTests(WorkspaceFixture workspace) : IAsyncLifetime
{
    private Browser? _browser;

    private Browser Web => _browser ?? throw new InvalidOperationException("not started");

    public async Task InitializeAsync()
    {
        Assertions.SetDefaultExpectTimeout(30_000);
        if (File.Exists(Browser.ExecutablePath))
        {
            _browser = await Browser.Start(workspace.Workspace);
        }
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
    }

    [BrowserFact]
    public async Task From_the_leads_the_top_network_chart_renders_and_a_phone_node_opens_the_phone_page()
    {
        var page = await Web.Open("/");
        await Assertions.Expect(page.Locator(".notice")).ToContainTextAsync("Leads, not verdicts.");
        await Screenshots.Save(page, "leads");
        await page.Locator("table.leads tbody tr").First.Locator("td").First.Locator("a").ClickAsync();
        await page.WaitForURLAsync("**/networks/**");
        var graph = page.Locator("#graph[data-ready='true']");
        await graph.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        var nodes = int.Parse((await page.Locator("#graph").GetAttributeAsync("data-nodes"))!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(nodes > 3, "the chart drew " + nodes + " nodes");
        Assert.True(await page.EvaluateAsync<int>("window.threadlineGraph.nodes().length") == nodes);
        // The chart opens the same way every time (the layout's random start is seeded by the chart).
        const string Positions = "window.threadlineGraph.nodes().map((n) => n.id() + '@' + Math.round(n.position('x')) + ',' + Math.round(n.position('y'))).sort().join(' ')";
        var before = await page.EvaluateAsync<string>(Positions);
        await page.ReloadAsync();
        await page.Locator("#graph[data-ready='true']").WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        Assert.Equal(before, await page.EvaluateAsync<string>(Positions));
        await page.Locator("#map[data-ready='true']").WaitForAsync();
        await page.Locator("#timeline[data-ready='true']").WaitForAsync();
        await Screenshots.Save(page, "network");
        await Screenshots.Save(page, "network-chart", "#chart");
        await Screenshots.Save(page, "network-map", "#movement");

        await page.Locator("#graph").ScrollIntoViewIfNeededAsync();
        var target = await page.EvaluateAsync<JsonElement>("""
            (() => {
              const cy = window.threadlineGraph;
              const n = cy.nodes('[kind = "phone"]').filter((x) => !x.hasClass('cut'))[0];
              const p = n.renderedPosition();
              const r = cy.container().getBoundingClientRect();
              return { x: r.left + p.x, y: r.top + p.y, value: n.data('value') };
            })()
            """);
        await page.Mouse.ClickAsync((float)target.GetProperty("x").GetDouble(), (float)target.GetProperty("y").GetDouble());
        var open = page.Locator("#graph-detail a.open-node");
        await Assertions.Expect(open).ToContainTextAsync("phone");
        await open.ClickAsync();
        await page.WaitForURLAsync("**/phones/**");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync(target.GetProperty("value").GetString()!);
        await Screenshots.Save(page, "phone");
        AssertNothingLeftLoopback();
    }

    [BrowserFact]
    public async Task The_map_shows_the_network_cities_its_slider_replays_them_and_the_chart_exports()
    {
        var first = await Web.Open("/");
        var href = await first.Locator("table.leads tbody tr").First.Locator("td a").First.GetAttributeAsync("href");
        var page = await Web.Open(href!);
        await page.Locator("#map[data-ready='true']").WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        var map = await page.EvaluateAsync<JsonElement>("fetch(document.getElementById('map').dataset.src).then((r) => r.json())");
        var placed = map.GetProperty("cities").EnumerateArray().Where(c => c.GetProperty("latitude").ValueKind == JsonValueKind.Number).Select(c => c.GetProperty("name").GetString()!).ToList();
        Assert.NotEmpty(placed);
        Assert.Equal(placed.Count, await page.Locator("path.city-marker").CountAsync());
        var labels = await page.Locator(".city-label").AllTextContentsAsync();
        Assert.All(placed, city => Assert.Contains(city, labels));
        Assert.True(await page.Locator("path.leaflet-interactive, .leaflet-overlay-pane path").CountAsync() > placed.Count, "country shapes drawn");

        // The slider at its start shows only the cities where a stay began at the first moment.
        var stays = map.GetProperty("stays").EnumerateArray().Select(s => (City: s.GetProperty("city").GetString()!, From: DateTimeOffset.Parse(s.GetProperty("from").GetString()!, System.Globalization.CultureInfo.InvariantCulture))).ToList();
        var firstStay = stays.Min(s => s.From);
        var atStart = placed.Count(city => stays.Any(s => s.From == firstStay && string.Equals(s.City, city, StringComparison.OrdinalIgnoreCase)));
        await page.Locator("#map-time").FillAsync("0");
        await Assertions.Expect(page.Locator("path.city-marker")).ToHaveCountAsync(atStart);
        await Assertions.Expect(page.Locator("#map-time-label")).ToHaveTextAsync(firstStay.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator("#map-time").FillAsync("1000");
        await Assertions.Expect(page.Locator("path.city-marker")).ToHaveCountAsync(placed.Count);

        // The link chart exports as PNG and SVG.
        await page.Locator("#graph[data-ready='true']").WaitForAsync();
        var png = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-export='png']").ClickAsync());
        var pngBytes = await File.ReadAllBytesAsync((await png.PathAsync())!);
        Assert.True(pngBytes.Length > 1000 && pngBytes[..8].SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }), "a PNG");
        var svg = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-export='svg']").ClickAsync());
        var svgText = await File.ReadAllTextAsync((await svg.PathAsync())!);
        Assert.EndsWith(".svg", svg.SuggestedFilename, StringComparison.Ordinal);
        Assert.Contains("<svg", svgText, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", svgText, StringComparison.OrdinalIgnoreCase);
        AssertNothingLeftLoopback();
    }

    [BrowserFact]
    public async Task Searching_a_phone_written_differently_finds_the_ad()
    {
        var page = await Web.Open("/search");
        await page.Locator("#q").FillAsync("470/12.34.56");
        await page.Locator("#q").PressAsync("Enter");
        await page.WaitForURLAsync("**/search?q=*");
        await Assertions.Expect(page.Locator(".callout.match")).ToContainTextAsync(WorkspaceFixture.ExtraPhone);
        await Assertions.Expect(page.Locator(".hits-list li")).ToHaveCountAsync(2);
        await Screenshots.Save(page, "search");
        await page.Locator(".hits-list li a").Filter(new LocatorFilterOptions { HasText = "Antwerpen" }).ClickAsync();
        await page.WaitForURLAsync("**/ads/**", new PageWaitForURLOptions { WaitUntil = WaitUntilState.DOMContentLoaded });
        await Assertions.Expect(page.Locator(".ad-body mark.m-phone")).ToContainTextAsync("+32 470 12 34 56");
        AssertNothingLeftLoopback();
    }

    [BrowserFact]
    public async Task An_ad_with_a_script_in_its_title_renders_it_as_text()
    {
        var dialogs = 0;
        var page = await Web.Open("/search?q=" + Uri.EscapeDataString("0470 12 34 56"));
        page.Dialog += (_, dialog) =>
        {
            dialogs++;
            _ = dialog.DismissAsync();
        };
        await page.Locator(".hits-list li a").Filter(new LocatorFilterOptions { HasText = "<script>" }).ClickAsync();
        await page.WaitForURLAsync("**/ads/**", new PageWaitForURLOptions { WaitUntil = WaitUntilState.DOMContentLoaded });
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("<script>window.__pwned=1</script>");
        Assert.Equal("undefined", await page.EvaluateAsync<string>("typeof window.__pwned"));
        Assert.Equal(0, await page.Locator("main img[src='x']").CountAsync());
        await Screenshots.Save(page, "ad");
        Assert.Equal(0, dialogs);
        AssertNothingLeftLoopback();
    }

    [BrowserFact]
    public async Task Main_pages_have_no_serious_or_critical_accessibility_violations()
    {
        var axe = Screenshots.AxeScript();
        Assert.True(axe is not null, "axe-core is not installed (npm ci in src/Threadline.Web)");
        var leads = await Web.Open("/api/leads?limit=1");
        var lead = JsonDocument.Parse(await leads.InnerTextAsync("body")).RootElement.GetProperty("leads").GetProperty("items")[0].GetProperty("id").GetString()!;
        var network = JsonDocument.Parse(await (await Web.Open("/api/networks/" + lead)).InnerTextAsync("body")).RootElement;
        var persona = network.GetProperty("personas").GetProperty("items")[0].GetProperty("id").GetString()!;
        var account = network.TryGetProperty("money", out var money) && money.ValueKind == JsonValueKind.Object ? money.GetProperty("accounts")[0].GetProperty("account").GetString() : null;
        var pages = new List<(string Path, string? Shot, string? At)>
        {
            ("/", null, null), ("/networks/" + lead, null, null), ("/personas/" + persona, "persona", null), ("/phones/" + Uri.EscapeDataString(WorkspaceFixture.ExtraPhone), null, null), ("/search?q=nieuw", null, null),
        };
        if (account is not null)
        {
            pages.Add(("/accounts/" + Uri.EscapeDataString(account), "account", "#trace"));
        }

        var problems = new List<string>();
        foreach (var (path, shot, at) in pages)
        {
            var page = await Web.Open(path);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            if (shot is not null)
            {
                await Screenshots.Save(page, shot, at);
            }

            await page.EvaluateAsync(axe!);
            var result = await page.EvaluateAsync<JsonElement>("axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, help: v.help })))");
            problems.AddRange(result.EnumerateArray()
                .Where(v => v.GetProperty("impact").GetString() is "serious" or "critical")
                .Select(v => $"{path}: {v.GetProperty("id").GetString()} ({v.GetProperty("impact").GetString()}, {v.GetProperty("nodes").GetInt32()} nodes): {v.GetProperty("help").GetString()}"));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        AssertNothingLeftLoopback();
    }

    private void AssertNothingLeftLoopback()
    {
        List<string> requests;
        lock (Web.Requests)
        {
            requests = [.. Web.Requests];
        }

        Assert.NotEmpty(requests);
        var outside = requests.Where(u => Uri.TryCreate(u, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "ws" or "wss" && uri.Host != "127.0.0.1").ToList();
        Assert.True(outside.Count == 0, "requests left 127.0.0.1: " + string.Join(", ", outside));
        List<string> errors;
        lock (Web.ConsoleErrors)
        {
            errors = [.. Web.ConsoleErrors];
        }

        List<string> failed;
        lock (Web.FailedResponses)
        {
            failed = [.. Web.FailedResponses];
        }

        Assert.True(errors.Count == 0, "console errors: " + string.Join("\n", errors) + "\nfailed answers: " + string.Join("\n", failed));
    }
}
