using System.Text.Json;
using Microsoft.Playwright;
using Threadline.Cli;
using Threadline.Cli.Infrastructure;
using Threadline.Security.Accounts;

namespace Threadline.Web.Tests;

/// <summary>
/// Persons in a real browser (issue 17): the case lead gathers persons from the case's sources through the page, sees the
/// proposed matches with their evidence, confirms one as a suspect with a reason, and finds the confirmed person after a
/// reload. Screenshot case-persons.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class CasePersonsBrowserTests(WorkspaceFixture workspace) : IAsyncLifetime
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
    public async Task The_lead_gathers_persons_sees_the_evidence_and_confirms_a_match()
    {
        var user = TestUsers.Create(workspace.Workspace, [Role.Analyst], [TestUsers.Case], "bpersons");
        var reference = CaseClients.NewReference("PE");
        var top = JsonDocument.Parse(Cli(user.Name, "networks", "--json", "--limit", "1")).RootElement.GetProperty("networks")[0].GetProperty("id").GetString()!;
        Cli(user.Name, "case", "open", "--from-network", top, "--reference", reference, "--title", "Who books the flats", "--legal-basis", "Art. 433quinquies", "--magistrate", "J. Peeters", "--office", "Antwerp");

        var page = await Web.SignIn(user);
        await page.GotoAsync(Web.BaseUrl + "/cases/" + reference + "/persons");
        await Assertions.Expect(page.Locator("#matches")).ToContainTextAsync("No matches yet.");
        await page.RunAndWaitForResponseAsync(() => page.Locator("form.persons-propose button").ClickAsync(), r => r.Request.Method == "POST");
        await page.WaitForLoadStateAsync(LoadState.Load);
        await Assertions.Expect(page.Locator("#candidates h2")).Not.ToContainTextAsync("(0)");
        var matches = page.Locator("article.person-match");
        Assert.True(await matches.CountAsync() > 0, "the top lead's bookers and account holders give no match across sources");
        var first = matches.First;
        await Assertions.Expect(first.Locator("table tbody tr").First).ToBeVisibleAsync();
        var id = await first.GetAttributeAsync("id");

        var form = first.Locator("form.match-decide");
        await form.Locator("select[name=decision]").SelectOptionAsync("confirm");
        await form.Locator("input[name=reason]").FillAsync("same name in the booking and the bank file, same flat");
        await form.Locator("select[name=category]").SelectOptionAsync("suspect");
        await page.RunAndWaitForResponseAsync(() => form.Locator("button").ClickAsync(), r => r.Request.Method == "POST");

        await page.GotoAsync(Web.BaseUrl + "/cases/" + reference + "/persons");
        await Assertions.Expect(page.Locator("#" + id + " .match-status")).ToHaveTextAsync("confirmed");
        await Assertions.Expect(page.Locator("#confirmed tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#confirmed tbody")).ToContainTextAsync("suspect");
        await Screenshots.Save(page, "case-persons");
        Assert.Empty(Web.FailedResponses);
    }

    private string Cli(string actor, params string[] args) => CliTokens.RunAs(workspace, actor, args);
}
