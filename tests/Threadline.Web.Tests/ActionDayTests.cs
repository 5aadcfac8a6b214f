using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Threadline.Security.Accounts;
using Threadline.Security.Audit;
using Threadline.Storage.Engines;

namespace Threadline.Web.Tests;

/// <summary>The action day in the web app and API: who may read and write, the packs, the board and its ETag, bad input, concurrency, audit.</summary>
[Collection(WebCollection.Name)]
public sealed class ActionDayTests(WorkspaceFixture workspace) : IDisposable
{
    private readonly WebFactory _factory = new(workspace.Workspace);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Each_team_sees_the_H_hour_on_its_own_clock_and_the_plan_page_shows_it()
    {
        var reference = DayWeb.OpenCase(workspace, "AD");
        var (client, _) = await DayWeb.User(_factory, workspace, reference, "investigator");
        await DayWeb.Plan(client, reference);

        var plan = await DayWeb.Ok(await client.GetAsync(new Uri($"/api/cases/{reference}/action-day", UriKind.Relative)));
        var teams = plan.GetProperty("teams").EnumerateArray().ToDictionary(t => t.GetProperty("id").GetString()!, t => t.GetProperty("local_h_hour").GetString());
        Assert.Equal("06:00", teams["team-be"]);
        Assert.Equal("06:00", teams["team-es"]);
        Assert.Equal("05:00", teams["team-pt"]);
        Assert.Equal(new[] { "BE", "ES", "PT" }, plan.GetProperty("countries").EnumerateArray().Select(c => c.GetProperty("country").GetString()!).ToArray());

        var page = await client.GetStringAsync(new Uri($"/cases/{reference}/action-day", UriKind.Relative));
        Assert.Contains("Alicante 1", page, StringComparison.Ordinal);
        Assert.Contains("Europe/Lisbon", page, StringComparison.Ordinal);

        // Set once: a second H-hour is refused (409) and the first stays.
        var again = await DayWeb.Post(client, $"/api/cases/{reference}/action-day/h-hour", new { date = "2026-04-15", time = "07:00", zone = "Europe/Brussels" });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task A_case_of_another_compartment_or_none_is_a_404_and_a_reader_who_is_not_a_member_of_the_file_cannot_write()
    {
        var reference = DayWeb.OpenCase(workspace, "AD");
        var (lead, _) = await DayWeb.User(_factory, workspace, reference, "analyst");
        await DayWeb.Plan(lead, reference);

        // A case file whose reference is another registered compartment belongs to that compartment's members only.
        var other = DayWeb.OpenCase(workspace, "ADX");
        using (var store = WorkspaceStores.OpenSecurity(workspace.Workspace))
        {
            store.RegisterCase(new RegisteredCase(other, workspace.Workspace, "Another compartment", DateTimeOffset.UtcNow));
        }

        var (reader, readerName) = await DayWeb.User(_factory, workspace, null, null, "reader");
        foreach (var path in new[] { "/api/cases/NO-SUCH/action-day", $"/api/cases/{other}/action-day", $"/api/cases/{other}/action-day/board", $"/cases/{other}/action-day", "/cases/NO-SUCH/action-day/board" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(new Uri(path, UriKind.Relative))).StatusCode);
        }

        // Reads: yes (a member of the compartment). Writes: no (not a member of the case file), and nothing is written.
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(new Uri($"/api/cases/{reference}/action-day/board", UriKind.Relative))).StatusCode);
        var page = await reader.GetStringAsync(new Uri($"/cases/{reference}/action-day", UriKind.Relative));
        Assert.DoesNotContain("id=\"target-form\"", page, StringComparison.Ordinal);
        var write = await DayWeb.Post(reader, $"/api/cases/{reference}/action-day/teams/team-es/reports", new { status = "en-route" });
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
        var target = await DayWeb.Post(reader, $"/api/cases/{reference}/action-day/targets", new { id = "T-X", country = "BE", kind = "vehicle", description = "Van", evidence = "ad:1", why = "seen" });
        Assert.Equal(HttpStatusCode.Forbidden, target.StatusCode);
        var board = await DayWeb.Ok(await lead.GetAsync(new Uri($"/api/cases/{reference}/action-day/board", UriKind.Relative)));
        Assert.All(board.GetProperty("teams").EnumerateArray(), t => Assert.Equal("Briefed", t.GetProperty("status").GetString()));

        // Without the anti-forgery header a member's write is refused too.
        lead.DefaultRequestHeaders.Remove("X-CSRF-TOKEN");
        Assert.Equal(HttpStatusCode.BadRequest, (await DayWeb.Post(lead, $"/api/cases/{reference}/action-day/teams/team-es/reports", new { status = "en-route" })).StatusCode);

        using var audit = WorkspaceStores.OpenSecurity(workspace.Workspace);
        Assert.Contains(audit.ReadAudit(), r => r.Actor == readerName && r.Action == AuditAction.Alteration && r.CaseReference == reference && r.Subject.Contains("refused (not a member of the case file)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_team_pack_holds_only_its_own_targets_needs_a_reason_and_is_audited()
    {
        var reference = DayWeb.OpenCase(workspace, "AD");
        var (client, name) = await DayWeb.User(_factory, workspace, reference, "investigator");
        await DayWeb.Plan(client, reference);

        var html = client;
        Assert.Equal(HttpStatusCode.Forbidden, (await html.GetAsync(new Uri($"/cases/{reference}/action-day/teams/team-es/pack", UriKind.Relative))).StatusCode);
        var pack = await html.GetStringAsync(new Uri($"/cases/{reference}/action-day/teams/team-es/pack?reason=briefing%20Alicante", UriKind.Relative));
        Assert.Contains("Flat, Alicante", pack, StringComparison.Ordinal);
        Assert.Contains("booking:BK-2", pack, StringComparison.Ordinal);
        Assert.Contains("06:00", pack, StringComparison.Ordinal);
        Assert.Contains("/assets/css/pack.css", pack, StringComparison.Ordinal);
        foreach (var other in new[] { "Flat, Leuven", "T-BE", "BK-1", "Leuven 1", "Payoke", "off.a", "T-PT", "Lisbon fin", "fin.g" })
        {
            Assert.DoesNotContain(other, pack, StringComparison.Ordinal);
        }

        var json = await DayWeb.Ok(await html.GetAsync(new Uri($"/api/cases/{reference}/action-day/teams/team-pt/pack?reason=freeze", UriKind.Relative)));
        Assert.Equal(new[] { "T-PT" }, json.GetProperty("targets").EnumerateArray().Select(t => t.GetProperty("id").GetString()!).ToArray());
        Assert.Equal("05:00", json.GetProperty("local_h_hour").GetString());

        using var audit = WorkspaceStores.OpenSecurity(workspace.Workspace);
        var mine = audit.ReadAudit().Where(r => r.Actor == name).ToList();
        Assert.Contains(mine, r => r.Action == AuditAction.Disclosure && r.CaseReference == reference && r.Reason == "briefing Alicante" && r.Subject.Contains("briefing pack of team team-es", StringComparison.Ordinal));
        Assert.Contains(mine, r => r.Action == AuditAction.Disclosure && r.CaseReference == reference && r.Reason == "freeze");
        Assert.Contains(mine, r => r.Action == AuditAction.Alteration && r.CaseReference == reference && r.Subject.Contains("H-hour set to 2026-04-14 04:00Z", StringComparison.Ordinal));
        Assert.Contains(mine, r => r.Action == AuditAction.Alteration && r.CaseReference == reference && r.Subject.Contains("target T-ES (ES Address) added", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Bad_input_names_the_field()
    {
        var reference = DayWeb.OpenCase(workspace, "AD");
        var (client, _) = await DayWeb.User(_factory, workspace, reference, "analyst");
        await DayWeb.Plan(client, reference);
        var day = $"/api/cases/{reference}/action-day";
        var cases = new (string Path, object Body, string Field)[]
        {
            (day + "/targets", new { id = "T-1", country = "Belgium", kind = "address", description = "x", evidence = "ad:1", why = "y" }, "country"),
            (day + "/targets", new { id = "T-1", country = "BE", kind = "castle", description = "x", evidence = "ad:1", why = "y" }, "kind"),
            (day + "/targets", new { id = "T-1", country = "BE", kind = "address", description = "", evidence = "ad:1", why = "y" }, "description"),
            (day + "/targets", new { id = "T-BE", country = "BE", kind = "address", description = "x", evidence = "ad:1", why = "y" }, "id"),
            (day + "/teams", new { id = "team-x", name = "X", zone = "Mars/Olympus", lead = "a", targets = new[] { "T-BE" } }, "zone"),
            (day + "/teams", new { id = "team-x", name = "X", zone = "Europe/Paris", lead = "a", targets = new[] { "T-NONE" } }, "targets"),
            (day + "/teams/team-es/reports", new { status = "partying" }, "status"),
            (day + "/teams/team-es/reports", new { status = "entered", arrests = -1 }, "arrests"),
            (day + "/teams/team-es/reports", new { status = "entered", victims = new[] { new { pseudonym = "Maria" } } }, "victims.pseudonym"),
            (day + "/teams/team-es/reports", new { status = "entered", victims = new[] { new { pseudonym = "V-7K3Q9M2T", centre = "Calle Mayor 12", on = "2026-04-14" } } }, "victims.centre"),
            (day + "/teams/team-es/reports", new { status = "entered", cash = new Dictionary<string, decimal> { ["EURO"] = 10m } }, "cash"),
        };
        foreach (var (path, body, field) in cases)
        {
            var answer = await DayWeb.Post(client, path, body);
            var text = await answer.Content.ReadAsStringAsync();
            Assert.True(answer.StatusCode == HttpStatusCode.BadRequest, $"{path} {JsonSerializer.Serialize(body)}: {(int)answer.StatusCode} {text}");
            Assert.Equal(field, JsonDocument.Parse(text).RootElement.GetProperty("field").GetString());
            Assert.StartsWith(field, JsonDocument.Parse(text).RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        // The planner's form answers the same way, in the page.
        var form = await TestUsers.Post(client, $"/cases/{reference}/action-day", $"/cases/{reference}/action-day?handler=Target",
            new() { ["id"] = "T-9", ["country"] = "Spain", ["kind"] = "Address", ["description"] = "x", ["evidence"] = "ad:1", ["why"] = "y" });
        Assert.Equal(HttpStatusCode.BadRequest, form.StatusCode);
        Assert.Contains("country: &#x27;Spain&#x27; is not a two-letter country code", await form.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_teams_reporting_at_once_both_count_and_the_board_answers_304_until_it_changes()
    {
        var reference = DayWeb.OpenCase(workspace, "AD");
        var (be, _) = await DayWeb.User(_factory, workspace, reference, "investigator", "be");
        var (es, _) = await DayWeb.User(_factory, workspace, reference, "investigator", "es");
        await DayWeb.Plan(be, reference);
        var boardUrl = new Uri($"/api/cases/{reference}/action-day/board", UriKind.Relative);
        var first = await be.GetAsync(boardUrl);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        using (var again = new HttpRequestMessage(HttpMethod.Get, boardUrl))
        {
            again.Headers.IfNoneMatch.Add(etag);
            Assert.Equal(HttpStatusCode.NotModified, (await es.SendAsync(again)).StatusCode);
        }

        for (var round = 0; round < 3; round++)
        {
            var status = round switch { 0 => "entered", 1 => "secured", _ => "finished" };
            var a = DayWeb.Post(be, $"/api/cases/{reference}/action-day/teams/team-be/reports", new
            {
                status,
                persons_found = 2,
                arrests = 1,
                victims = round == 1 ? new[] { new { pseudonym = "V-7K3Q9M2T", centre = "Payoke", on = "2026-04-14" } } : [],
                seized = new[] { new { description = "phone", quantity = 2 } },
                cash = new Dictionary<string, decimal> { ["EUR"] = 100.5m },
            });
            var b = DayWeb.Post(es, $"/api/cases/{reference}/action-day/teams/team-es/reports", new
            {
                status,
                arrests = 2,
                cash = new Dictionary<string, decimal> { ["EUR"] = 1000m, ["GBP"] = 5m },
            });
            await Task.WhenAll(a, b);
            await DayWeb.Ok(await a);
            await DayWeb.Ok(await b);
        }

        using var changed = new HttpRequestMessage(HttpMethod.Get, boardUrl);
        changed.Headers.IfNoneMatch.Add(etag);
        var board = await DayWeb.Ok(await be.SendAsync(changed));
        var summary = board.GetProperty("summary");
        Assert.Equal(9, summary.GetProperty("arrests").GetInt32());
        Assert.Equal(6, summary.GetProperty("persons_found").GetInt32());
        Assert.Equal(2, summary.GetProperty("searches").GetInt32());
        Assert.Equal(1, summary.GetProperty("victims_referred").GetInt32());
        Assert.Equal(6, summary.GetProperty("items_seized").GetInt32());
        Assert.Equal(3301.5m, summary.GetProperty("cash").GetProperty("EUR").GetDecimal());
        Assert.Equal(15m, summary.GetProperty("cash").GetProperty("GBP").GetDecimal());
        var teams = board.GetProperty("teams").EnumerateArray().ToDictionary(t => t.GetProperty("id").GetString()!);
        Assert.Equal("Finished", teams["team-be"].GetProperty("status").GetString());
        Assert.Equal(3, teams["team-es"].GetProperty("reports").GetInt32());
        Assert.Equal("Payoke", teams["team-be"].GetProperty("victims")[0].GetProperty("centre").GetString());
        Assert.NotEqual(etag, (await be.GetAsync(boardUrl)).Headers.ETag);

        // A finished team cannot go back.
        Assert.Equal(HttpStatusCode.BadRequest, (await DayWeb.Post(be, $"/api/cases/{reference}/action-day/teams/team-be/reports", new { status = "entered" })).StatusCode);

        // The OpenAPI document describes the action day.
        var openapi = await be.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        Assert.Contains("/api/cases/{reference}/action-day/board", openapi, StringComparison.Ordinal);
        Assert.Contains("/api/cases/{reference}/action-day/teams/{team}/reports", openapi, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_phone_report_form_and_the_board_page_work_without_script()
    {
        var reference = DayWeb.OpenCase(workspace, "AD");
        var (client, _) = await DayWeb.User(_factory, workspace, reference, "investigator");
        await DayWeb.Plan(client, reference);
        var report = $"/cases/{reference}/action-day/teams/team-es/report";
        var sent = await TestUsers.Post(client, report, report, new()
        {
            ["status"] = "Entered", ["personsFound"] = "3", ["arrests"] = "1", ["victim"] = "V-7K3Q9M2T", ["centre"] = "Proyecto Esperanza", ["on"] = "2026-04-14",
            ["item"] = "passport", ["quantity"] = "4", ["currency"] = "eur", ["amount"] = "1250.50",
        });
        var page = await sent.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.Contains("Report 1 sent.", page, StringComparison.Ordinal);
        Assert.Contains("V-7K3Q9M2T", page, StringComparison.Ordinal);

        var board = await client.GetStringAsync(new Uri($"/cases/{reference}/action-day/board", UriKind.Relative));
        Assert.Contains("Proyecto Esperanza", board, StringComparison.Ordinal);
        Assert.Contains("EUR 1,250.50", board, StringComparison.Ordinal);
        Assert.Contains("/assets/js/board.js", board, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", board, StringComparison.Ordinal);
    }
}
