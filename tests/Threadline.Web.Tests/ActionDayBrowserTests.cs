using Microsoft.Playwright;
using Threadline.Security.Accounts;

namespace Threadline.Web.Tests;

/// <summary>
/// The action day in a real browser: planned on the planner page (targets in Belgium and Spain, H-hour 06:00 Brussels,
/// each team's own clock), two teams reporting at once from their phones, and the board updating on its own.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class ActionDayBrowserTests(WorkspaceFixture workspace)
{
    [BrowserFact]
    public async Task Plan_an_action_day_then_two_teams_report_at_once_and_the_board_updates_without_reload()
    {
        var reference = DayWeb.OpenCase(workspace, "ADB");
        var planner = TestUsers.Create(workspace.Workspace, [Role.Analyst], [TestUsers.Case], "planner");
        var spain = TestUsers.Create(workspace.Workspace, [Role.Analyst], [TestUsers.Case], "spain");
        DayWeb.Cli(workspace, "case", "member", reference, "--user", planner.Name, "--role", "analyst");
        DayWeb.Cli(workspace, "case", "member", reference, "--user", spain.Name, "--role", "investigator");
        await using var browser = await DayBrowser.Start(workspace.Workspace);
        await browser.LogIn(planner);
        await browser.LogIn(spain);

        var plan = await browser.Open(planner, $"/cases/{reference}/action-day");
        await AddTarget(plan, "T-BE", "BE", "Address", "Flat, Bondgenotenlaan, Leuven", "booking:BK-1", "stays line up with the ads");
        await AddTarget(plan, "T-ES", "ES", "Address", "Flat, Calle San Vicente, Alicante", "booking:BK-2", "booked with the same card");
        await AddTarget(plan, "T-PT", "PT", "Account", "Account to freeze", "account:PT50-1", "money traced from the flats");
        await AddTeam(plan, "team-be", "Leuven 1", "Europe/Brussels", "off.a", "T-BE", "Enter at H. Victim support on standby.");
        await AddTeam(plan, "team-es", "Alicante 1", "Europe/Madrid", "off.e", "T-ES", "Guardia Civil leads the entry.");
        await AddTeam(plan, "team-pt", "Lisbon freeze", "Europe/Lisbon", "fin.g", "T-PT", "Freeze order at H.");
        await plan.FillAsync("#hhour-form input[name=date]", "2026-04-14");
        await plan.FillAsync("#hhour-form input[name=time]", "06:00");
        await plan.FillAsync("#hhour-form input[name=zone]", "Europe/Brussels");
        await plan.ClickAsync("#hhour-form button[type=submit]");
        await plan.WaitForURLAsync("**done=hhour**");

        Assert.StartsWith("06:00", (await plan.TextContentAsync("tr[data-team=team-be] td.local-hhour"))!.Trim(), StringComparison.Ordinal);
        Assert.StartsWith("06:00", (await plan.TextContentAsync("tr[data-team=team-es] td.local-hhour"))!.Trim(), StringComparison.Ordinal);
        Assert.StartsWith("05:00", (await plan.TextContentAsync("tr[data-team=team-pt] td.local-hhour"))!.Trim(), StringComparison.Ordinal);
        Assert.Contains("2026-04-14 04:00Z", await plan.TextContentAsync("#hhour"), StringComparison.Ordinal);
        await Screenshots.Save(plan, "action-day", "#targets");

        // The board, open in a third context, is never reloaded: a marker set on its window must survive the updates.
        var board = await browser.Open(planner, $"/cases/{reference}/action-day/board");
        await board.WaitForSelectorAsync("#board[data-live=on]");
        await board.EvaluateAsync("() => { window.__notReloaded = true; }");
        Assert.Equal("0", await board.TextContentAsync("#sum-arrests"));

        // Two teams report at once from their phones (two browser contexts, two users).
        var be = await browser.Open(planner, $"/cases/{reference}/action-day/teams/team-be/report", 412, 900);
        var es = await browser.Open(spain, $"/cases/{reference}/action-day/teams/team-es/report", 412, 900);
        Assert.Equal("06:00", await es.TextContentAsync("#team-hhour"));
        await be.SelectOptionAsync("#report-status", "Secured");
        await be.FillAsync("input[name=personsFound]", "5");
        await be.FillAsync("input[name=arrests]", "3");
        await be.FillAsync("input[name=victim] >> nth=0", "V-7K3Q9M2T");
        await be.FillAsync("input[name=centre] >> nth=0", "Payoke");
        await be.FillAsync("input[name=on] >> nth=0", "2026-04-14");
        await be.FillAsync("input[name=item] >> nth=0", "phones");
        await be.FillAsync("input[name=quantity] >> nth=0", "7");
        await be.FillAsync("input[name=currency] >> nth=0", "EUR");
        await be.FillAsync("input[name=amount] >> nth=0", "2400");
        await es.SelectOptionAsync("#report-status", "Secured");
        await es.FillAsync("input[name=personsFound]", "4");
        await es.FillAsync("input[name=arrests]", "2");
        await es.FillAsync("input[name=victim] >> nth=0", "V-M2T7K3Q9");
        await es.FillAsync("input[name=centre] >> nth=0", "Proyecto Esperanza");
        await es.FillAsync("input[name=on] >> nth=0", "2026-04-14");
        await es.FillAsync("input[name=currency] >> nth=0", "EUR");
        await es.FillAsync("input[name=amount] >> nth=0", "1250.50");
        await Task.WhenAll(Send(be), Send(es));
        await Screenshots.Save(es, "action-day-report");

        // The board updates on its own: totals of both teams.
        await board.WaitForFunctionAsync("() => document.getElementById('sum-arrests').textContent === '5'", null, new PageWaitForFunctionOptions { Timeout = 30_000 });
        Assert.True(await board.EvaluateAsync<bool>("() => window.__notReloaded === true"));
        Assert.Equal("2", await board.TextContentAsync("#sum-searches"));
        Assert.Equal("9", await board.TextContentAsync("#sum-found"));
        Assert.Equal("2", await board.TextContentAsync("#sum-referred"));
        Assert.Equal("7", await board.TextContentAsync("#sum-seized"));
        Assert.Equal("EUR 3,650.50", await board.TextContentAsync("#sum-cash"));
        Assert.Equal("Secured", await board.TextContentAsync("tr[data-team=team-es] td.status"));
        Assert.Contains("V-M2T7K3Q9 referred to Proyecto Esperanza on 2026-04-14", await board.TextContentAsync("tr[data-team=team-es] td.victims"), StringComparison.Ordinal);
        Assert.Equal("3", await board.TextContentAsync("tr[data-country=BE] td:nth-child(4)"));
        Assert.Equal("2", await board.TextContentAsync("tr[data-country=ES] td:nth-child(4)"));

        // Spain finishes later: the board follows again, still without a reload.
        var more = await browser.Open(spain, $"/cases/{reference}/action-day/teams/team-es/report", 412, 900);
        await more.SelectOptionAsync("#report-status", "Finished");
        await more.FillAsync("input[name=arrests]", "1");
        await Send(more);
        await board.WaitForFunctionAsync("() => document.getElementById('sum-arrests').textContent === '6'", null, new PageWaitForFunctionOptions { Timeout = 30_000 });
        Assert.Equal("1 / 0", await board.TextContentAsync("#sum-teams"));
        Assert.True(await board.EvaluateAsync<bool>("() => window.__notReloaded === true"));
        await Screenshots.Save(board, "action-day-board");

        // The Spanish team's printable pack: its own target only, its own clock.
        var pack = await browser.Open(spain, $"/cases/{reference}/action-day");
        await pack.FillAsync("tr[data-team=team-es] .pack-form input[name=reason]", "briefing Alicante");
        await pack.ClickAsync("tr[data-team=team-es] .pack-form button");
        await pack.WaitForURLAsync("**/pack?reason=**");
        var text = await pack.TextContentAsync("body");
        Assert.Contains("Calle San Vicente", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Bondgenotenlaan", text, StringComparison.Ordinal);
        Assert.Equal("06:00", await pack.TextContentAsync("#pack-hhour"));
        await pack.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        Assert.False(await pack.IsVisibleAsync(".no-print"));

        Assert.Empty(browser.ConsoleErrors);
    }

    private static async Task Send(IPage page)
    {
        await page.ClickAsync("#report-form button[type=submit]");
        await page.WaitForURLAsync("**/report?sent=**");
    }

    private static async Task OpenForms(IPage page) =>
        await page.EvaluateAsync("() => document.querySelectorAll('details.day-add').forEach((d) => { d.open = true; })");

    private static async Task AddTarget(IPage page, string id, string country, string kind, string description, string evidence, string why)
    {
        await OpenForms(page);
        await page.FillAsync("#target-form input[name=id]", id);
        await page.FillAsync("#target-form input[name=country]", country);
        await page.SelectOptionAsync("#target-form select[name=kind]", kind);
        await page.FillAsync("#target-form input[name=description]", description);
        await page.FillAsync("#target-form input[name=evidence]", evidence);
        await page.FillAsync("#target-form input[name=why]", why);
        await page.ClickAsync("#target-form button[type=submit]");
        await page.WaitForSelectorAsync($"tr[data-target={id}]");
    }

    private static async Task AddTeam(IPage page, string id, string name, string zone, string lead, string target, string briefing)
    {
        await OpenForms(page);
        await page.FillAsync("#team-form input[name=id]", id);
        await page.FillAsync("#team-form input[name=name]", name);
        await page.FillAsync("#team-form input[name=zone]", zone);
        await page.FillAsync("#team-form input[name=lead]", lead);
        await page.CheckAsync($"#team-form input[name=targets][value={target}]");
        await page.FillAsync("#team-form textarea[name=briefing]", briefing);
        await page.ClickAsync("#team-form button[type=submit]");
        await page.WaitForSelectorAsync($"tr[data-team={id}]");
    }
}
