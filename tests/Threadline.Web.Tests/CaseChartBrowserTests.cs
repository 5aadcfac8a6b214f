using System.Text.Json;
using Microsoft.Playwright;
using Threadline.Cli;
using Threadline.Cli.Infrastructure;
using Threadline.Security.Accounts;

namespace Threadline.Web.Tests;

/// <summary>
/// The case chart in a real browser (issue 17): the chart draws the top lead's graph, an analyst adds an entity and a
/// link by hand through the page's forms and sees them after a reload (in the tables and on the chart), exports a PNG
/// through the handling codes, and opens the case's timeline. Screenshots case-chart and case-timeline.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class CaseChartBrowserTests(WorkspaceFixture workspace) : IAsyncLifetime
{
    private CaseBrowser? _browser;

    private CaseBrowser Web => _browser ?? throw new InvalidOperationException("not started");

    public async Task InitializeAsync()
    {
        Assertions.SetDefaultExpectTimeout(30_000);
        if (File.Exists(Browser.ExecutablePath))
        {
            _browser = await CaseBrowser.Start(workspace.Workspace);
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
    public async Task An_analyst_adds_an_entity_and_a_link_by_hand_sees_them_after_reload_and_exports_the_chart()
    {
        var user = TestUsers.Create(workspace.Workspace, [Role.Analyst], [TestUsers.Case], "bchart");
        var reference = CaseClients.NewReference("CH");
        var top = JsonDocument.Parse(Cli(user.Name, "networks", "--json", "--limit", "1")).RootElement.GetProperty("networks")[0].GetProperty("id").GetString()!;
        Cli(user.Name, "case", "open", "--from-network", top, "--reference", reference, "--title", "Rotating flats", "--legal-basis", "Art. 433quinquies", "--magistrate", "J. Peeters", "--office", "Antwerp");

        var page = await Web.SignIn(user);
        await page.GotoAsync(Web.BaseUrl + "/cases/" + reference + "/chart");
        await Assertions.Expect(page.Locator("#case-chart")).ToHaveAttributeAsync("data-ready", "true");
        var persona = await page.EvaluateAsync<string>("() => window.threadlineCaseChart.nodes('[kind = \"persona\"]').first().id()");
        Assert.StartsWith("persona:", persona, StringComparison.Ordinal);

        var entity = page.Locator("#form-entity");
        await entity.Locator("select[name=type]").SelectOptionAsync("address");
        await entity.Locator("input[name=label]").FillAsync("Flat above the night shop");
        await entity.Locator("input[name=source]").FillAsync("Surveillance report PV 2026/114");
        await entity.Locator("input[name=marking]").FillAsync("B2 H0");
        await entity.Locator("input[name=id]").FillAsync("E1");
        await entity.Locator("button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**/cases/" + reference + "/chart");
        await Assertions.Expect(page.Locator("#chart-entities")).ToContainTextAsync("Flat above the night shop");

        var link = page.Locator("#form-link");
        await link.Locator("input[name=from]").FillAsync(persona);
        await link.Locator("input[name=to]").FillAsync("entity:E1");
        await link.Locator("input[name=type]").FillAsync("stays at");
        await link.Locator("input[name=source]").FillAsync("Booking records (court order 12/2026)");
        await link.Locator("input[name=marking]").FillAsync("A1 H0");
        await link.Locator("input[name=id]").FillAsync("L1");
        await link.Locator("button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**/cases/" + reference + "/chart");

        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#case-chart")).ToHaveAttributeAsync("data-ready", "true");
        await Assertions.Expect(page.Locator("#chart-entities")).ToContainTextAsync("B2 · H0");
        await Assertions.Expect(page.Locator("#chart-entities")).ToContainTextAsync(user.Name);
        await Assertions.Expect(page.Locator("#chart-links")).ToContainTextAsync("stays at");
        await Assertions.Expect(page.Locator("#chart-links")).ToContainTextAsync(persona);
        Assert.True(await page.EvaluateAsync<bool>("() => window.threadlineCaseChart.getElementById('entity:E1').nonempty() && window.threadlineCaseChart.getElementById('link:L1').nonempty()"));

        // Select the hand-added node: its source and marking show beside the chart.
        await page.EvaluateAsync("() => window.threadlineCaseChart.getElementById('entity:E1').emit('tap')");
        await Assertions.Expect(page.Locator("#case-chart-detail")).ToContainTextAsync("Surveillance report PV 2026/114");
        await Screenshots.Save(page, "case-chart");

        // A PNG drawn here from the export the server filtered for the purpose (a reason is required).
        await page.Locator("#export-purpose").SelectOptionAsync("judicial-file");
        await page.Locator("#export-reason").FillAsync("file for the investigating judge");
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#export-png").ClickAsync());
        Assert.Equal("case-" + reference + "-chart-judicial-file.png", download.SuggestedFilename);
        await Assertions.Expect(page.Locator("#case-chart-status")).ToContainTextAsync("Exported for judicial-file");

        await page.GotoAsync(Web.BaseUrl + "/cases/" + reference + "/timeline");
        await Assertions.Expect(page.Locator("#timeline-events")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#case-timeline")).ToHaveAttributeAsync("data-ready", "true");
        await Screenshots.Save(page, "case-timeline");
        Assert.DoesNotContain(Web.FailedResponses, r => r.Contains("/chart", StringComparison.Ordinal) || r.Contains("/timeline", StringComparison.Ordinal));
    }

    private string Cli(string actor, params string[] args) => CliTokens.RunAs(workspace, actor, args);
}
