using System.Globalization;
using Microsoft.Playwright;
using Threadline.Cli;
using Threadline.Cli.Infrastructure;
using Threadline.Security.Accounts;

namespace Threadline.Web.Tests;

/// <summary>
/// The case-work path in a real browser (issue 17): a lead opens a case from the top lead of the demo world, records an
/// EAW with consent and sees its deadline (Art. 17(2): ten days after consent); a victim-support member refers a victim
/// and sees her reflection period; an analyst of the same case cannot find her; the audit trail verifies.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class CaseWorkBrowserTests(WorkspaceFixture workspace) : IAsyncLifetime
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
    public async Task A_lead_opens_a_case_from_the_top_lead_an_eaw_shows_its_deadline_a_referral_its_reflection_period_and_an_analyst_cannot_find_her()
    {
        var leadUser = TestUsers.Create(workspace.Workspace, [Role.Analyst], [TestUsers.Case], "blead");
        var supportUser = TestUsers.Create(workspace.Workspace, [Role.VictimSupport], [TestUsers.Case], "bsupport");
        var analystUser = TestUsers.Create(workspace.Workspace, [Role.Analyst], [TestUsers.Case], "banalyst");
        var reference = CaseClients.NewReference("BR");

        // The lead: leads → top lead → open a case from it.
        var lead = await Web.SignIn(leadUser);
        await lead.Locator("table.leads tbody tr").First.Locator("td").First.Locator("a").ClickAsync();
        await lead.WaitForURLAsync("**/networks/**");
        var form = lead.Locator("#open-case");
        await form.Locator("input[name='Input.Reference']").FillAsync(reference);
        await form.Locator("input[name='Input.Title']").FillAsync("Rotating flats");
        await form.Locator("input[name='Input.LegalBasis']").FillAsync("Criminal Code Art. 433quinquies");
        await form.Locator("input[name='Input.Magistrate']").FillAsync("J. Peeters");
        await form.Locator("input[name='Input.Office']").FillAsync("Antwerp");
        await form.Locator("button[type=submit]").ClickAsync();
        await lead.WaitForURLAsync("**/cases/" + reference);
        await Assertions.Expect(lead.Locator("h1")).ToContainTextAsync(reference);
        await Assertions.Expect(lead.Locator("dl.facts")).ToContainTextAsync("member (lead)");

        // Members: victim support and an analyst.
        foreach (var (user, role) in new[] { (supportUser.Name, "victim-support"), (analystUser.Name, "analyst") })
        {
            await lead.Locator("summary", new PageLocatorOptions { HasText = "Members (case lead)" }).ClickAsync();
            var members = lead.Locator("form[action*='handler=Member']");
            await members.Locator("input[name=User]").FillAsync(user);
            await members.Locator("select[name=Role]").SelectOptionAsync(role);
            await members.Locator("button[type=submit]").ClickAsync();
            await Assertions.Expect(lead.Locator(".case-done")).ToContainTextAsync(user + " is " + role);
        }

        // An EAW executed in Spain, arrest 9 March, consent 10 March: decision by the end of 20 March (Art. 17(2)).
        await lead.Locator("#eaw-form summary").ClickAsync();
        var eaw = lead.Locator("#eaw-form form");
        await eaw.Locator("input[name=Id]").FillAsync("EAW-1");
        await eaw.Locator("input[name=Issued]").FillAsync("2026-03-05");
        await eaw.Locator("input[name=State]").FillAsync("ES");
        await eaw.Locator("input[name=Arrest]").FillAsync("2026-03-09");
        await eaw.Locator("input[name=Consent]").FillAsync("2026-03-10");
        await eaw.Locator("input[name=Zone]").FillAsync("Europe/Madrid");
        await eaw.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(lead.Locator(".case-done")).ToContainTextAsync("EAW EAW-1");
        var decision = lead.Locator("table.grid tr", new PageLocatorOptions { HasText = "Art. 17(2)" });
        await Assertions.Expect(decision).ToContainTextAsync("end of 2026-03-20");
        await Assertions.Expect(decision).ToContainTextAsync("Europe/Madrid");
        await Screenshots.Save(lead, "case-work");

        // Victim support: a reason, then a new record referred to a centre; her reflection period shows.
        var on = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-3);
        var day = on.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var lastDay = on.AddDays(45).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var support = await Web.SignIn(supportUser);
        await support.GotoAsync(Web.BaseUrl + "/cases/" + reference);
        await support.Locator("a", new PageLocatorOptions { HasText = "Victim records" }).ClickAsync();
        await support.Locator("input[name=reason]").FillAsync("first contact after the action day");
        await support.Locator("main form.case-forms button[type=submit]").ClickAsync();
        await support.Locator("input[name=Name]").FillAsync("Secret Name");
        await support.Locator("input[name=Centre]").FillAsync("Payoke");
        await support.Locator("input[name=On]").FillAsync(day);
        await support.Locator("label.indicator input").First.CheckAsync();
        await support.Locator("button", new PageLocatorOptions { HasText = "Add victim record" }).ClickAsync();
        await Assertions.Expect(support.Locator(".case-done")).ToContainTextAsync("added");
        var pseudonym = (await support.Locator(".case-done a").TextContentAsync())!.Trim();
        await support.Locator(".case-done a").ClickAsync();
        await Assertions.Expect(support.Locator("#reflection")).ToContainTextAsync($"BE {day} to {lastDay}");
        await Assertions.Expect(support.Locator("#referral")).ToContainTextAsync("referred to Payoke on " + day);
        await Screenshots.Save(support, "case-victim");
        await support.GotoAsync(Web.BaseUrl + "/deadlines?days=60");
        await Assertions.Expect(support.Locator("table.deadlines")).ToContainTextAsync("victim " + pseudonym);

        // The analyst: the pseudonym on the case, and nothing more anywhere.
        var analyst = await Web.SignIn(analystUser);
        await analyst.GotoAsync(Web.BaseUrl + "/cases/" + reference);
        await Assertions.Expect(analyst.Locator("main")).ToContainTextAsync(pseudonym);
        Assert.Equal(0, await analyst.Locator("a", new PageLocatorOptions { HasText = "Victim records" }).CountAsync());
        Assert.DoesNotContain("Payoke", await analyst.ContentAsync(), StringComparison.Ordinal);
        var record = await analyst.GotoAsync(Web.BaseUrl + $"/cases/{reference}/victims/{pseudonym}?reason=curious");
        Assert.Equal(404, record!.Status);
        var made = await analyst.GotoAsync(Web.BaseUrl + $"/cases/{reference}/victims/V-00000000?reason=curious");
        Assert.Equal(404, made!.Status);
        await analyst.GotoAsync(Web.BaseUrl + "/deadlines?days=366");
        Assert.DoesNotContain(pseudonym, await analyst.ContentAsync(), StringComparison.Ordinal);
        var api = await analyst.GotoAsync(Web.BaseUrl + $"/api/cases/{reference}/victims?reason=curious");
        Assert.Equal("{\"victims\":[]}", await api!.TextAsync());

        using var output = new StringWriter();
        using var error = new StringWriter();
        var auditor = CliTokens.Create(workspace.Workspace, workspace.Directory, [Role.Auditor], [], "dpo").TokenFile;
        Assert.Equal(0, CliApp.Run(["audit", "verify", "--workspace", workspace.Workspace, "--token-file", auditor], CliEnvironment.ForWriters(output, error, null, workspace.Directory)));
        Assert.Contains("intact", output.ToString(), StringComparison.Ordinal);
    }
}
