using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Threadline.Cli;
using Threadline.Cli.Infrastructure;
using Threadline.Security.Accounts;
using Threadline.Security.Audit;
using Threadline.Storage.Engines;

namespace Threadline.Web.Tests;

/// <summary>
/// The case chart and timeline in the web app and API (issue 17): a member of the case file adds entities and links by
/// hand (audited alterations), a reader of the compartment cannot (403, audited), a case file outside the compartment is
/// a 404, exports need a reason, go through the handling codes, carry no victim name and are audited as disclosures.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class CaseChartWebTests(WorkspaceFixture workspace) : IDisposable
{
    private readonly WebFactory _factory = new(workspace.Workspace);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_member_builds_the_chart_a_reader_cannot_and_exports_are_filtered_and_audited()
    {
        var leadUser = TestUsers.Create(workspace.Workspace, [Role.Analyst], [TestUsers.Case], "clead");
        var readerUser = TestUsers.Create(workspace.Workspace, [Role.Analyst], [TestUsers.Case], "creader");
        using var lead = await CaseClients.As(_factory, leadUser);
        using var reader = await CaseClients.As(_factory, readerUser);
        var reference = await CaseClients.OpenCase(lead);
        Cli(leadUser.Name, "case", "victim", "add", reference, "--name", "Secret Name", "--referred-to", "Payoke", "--on", "2026-03-09", "--reason", "first contact");
        var api = "/api/cases/" + reference + "/chart";

        string persona;
        using (var chart = JsonDocument.Parse(await lead.GetStringAsync(new Uri(api, UriKind.Relative))))
        {
            persona = chart.RootElement.GetProperty("nodes").EnumerateArray().First(n => n.GetProperty("kind").GetString() == "persona").GetProperty("id").GetString()!;
        }

        var entity = await CaseClients.PostJson(lead, api + "/entities", new { id = "E1", type = "address", label = "Flat above the night shop", source = "Surveillance PV 114", marking = "B2 H0", date = "2026-02-20" });
        Assert.True(entity.StatusCode == HttpStatusCode.OK, await entity.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await CaseClients.PostJson(lead, api + "/entities", new { id = "E2", type = "person", label = "Driver seen with Secret Name", source = "Informant", marking = "C3 H2" })).StatusCode);
        var link = await CaseClients.PostJson(lead, api + "/links", new { id = "L1", from = persona, to = "entity:E1", type = "stays at", source = "Booking records", marking = "A1 H0" });
        Assert.True(link.StatusCode == HttpStatusCode.OK, await link.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await CaseClients.PostJson(lead, api + "/view", new { action = "pin", pins = new[] { new { node = "entity:E1", x = 40.5, y = -12 } } })).StatusCode);

        // Bad input names the field; no anti-forgery header is a 400; a link to a node not on the chart is refused.
        var bad = await CaseClients.PostJson(lead, api + "/entities", new { type = "address", label = "x", source = "y", marking = "D2 H0" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("marking", JsonDocument.Parse(await bad.Content.ReadAsStringAsync()).RootElement.GetProperty("field").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await CaseClients.PostJson(lead, api + "/entities", new { type = "address", label = "x", source = "y", marking = "B2 H0" }, csrf: false)).StatusCode);
        var nowhere = await CaseClients.PostJson(lead, api + "/links", new { from = "phone:+10000000000", to = "entity:E1", type = "called", source = "x", marking = "B2 H0" });
        Assert.Equal("from", JsonDocument.Parse(await nowhere.Content.ReadAsStringAsync()).RootElement.GetProperty("field").GetString());

        // A reader of the compartment reads the chart but cannot write to it or export it.
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(new Uri("/cases/" + reference + "/chart", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await CaseClients.PostJson(reader, api + "/entities", new { id = "E9", type = "address", label = "x", source = "y", marking = "B2 H0" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.GetAsync(new Uri(api + "/export?format=gexf&purpose=case-team&reason=curious", UriKind.Relative))).StatusCode);

        // Outside the compartment: one 404, whether or not it exists.
        Assert.Equal(HttpStatusCode.NotFound, (await lead.GetAsync(new Uri("/cases/NO-SUCH-CASE/chart", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await lead.GetAsync(new Uri("/api/cases/NO-SUCH-CASE/chart", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await lead.GetAsync(new Uri("/cases/NO-SUCH-CASE/timeline", UriKind.Relative))).StatusCode);

        // Exports: a reason is required; the judicial file leaves the H2 entity out with the reason; no victim name anywhere.
        Assert.Equal(HttpStatusCode.Forbidden, (await lead.GetAsync(new Uri(api + "/export?format=gexf&purpose=judicial-file", UriKind.Relative))).StatusCode);
        var gexf = await lead.GetAsync(new Uri(api + "/export?format=gexf&purpose=judicial-file&reason=file+for+the+judge", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, gexf.StatusCode);
        var doc = XDocument.Parse(await gexf.Content.ReadAsStringAsync());
        XNamespace g = "http://gexf.net/1.3";
        var ids = doc.Descendants(g + "node").Select(n => (string)n.Attribute("id")!).ToList();
        Assert.Contains("entity:E1", ids);
        Assert.DoesNotContain("entity:E2", ids);
        Assert.Contains("Withheld node entity:E2: H2: no onward dissemination", doc.Descendants(g + "description").Single().Value, StringComparison.Ordinal);
        var i2 = await lead.GetByteArrayAsync(new Uri(api + "/export?format=i2&purpose=case-team&reason=analysis", UriKind.Relative));
        var svg = await lead.GetStringAsync(new Uri(api + "/export?format=svg&purpose=case-team&reason=briefing", UriKind.Relative));
        var json = await lead.GetStringAsync(new Uri(api + "/export?format=json&purpose=onward-dissemination&reason=to+Spain", UriKind.Relative));
        var all = Unzipped(i2) + svg + json + await lead.GetStringAsync(new Uri("/cases/" + reference + "/chart", UriKind.Relative)) + await lead.GetStringAsync(new Uri(api, UriKind.Relative));
        Assert.DoesNotContain("Secret Name", Unzipped(i2) + svg + json, StringComparison.Ordinal);
        Assert.Contains("entity:E1,address,Flat above the night shop,B2 · H0,B2,H0,Surveillance PV 114,2026-02-20", all, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await lead.GetAsync(new Uri(api + "/export?format=gexf&purpose=press&reason=x", UriKind.Relative))).StatusCode);

        // The timeline of the case, paged, as JSON.
        using (var timeline = JsonDocument.Parse(await lead.GetStringAsync(new Uri("/api/cases/" + reference + "/timeline?limit=5", UriKind.Relative))))
        {
            var events = timeline.RootElement.GetProperty("events");
            Assert.True(events.GetProperty("total").GetInt64() > 1);
            Assert.True(events.GetProperty("items").GetArrayLength() <= 5);
        }

        var page = await lead.GetStringAsync(new Uri("/cases/" + reference + "/timeline?place=NOWHERE-AT-ALL", UriKind.Relative));
        Assert.Contains("No dated events for this filter", page, StringComparison.Ordinal);

        // Every step is in the trail with the case: alterations, the refused write, disclosures with their reason.
        using var store = WorkspaceStores.OpenSecurity(workspace.Workspace);
        var trail = store.ReadAudit();
        Assert.Contains(trail, r => r.Actor == leadUser.Name && r.Action == AuditAction.Alteration && r.Subject.Contains("chart entity E1", StringComparison.Ordinal) && r.CaseReference == reference);
        Assert.Contains(trail, r => r.Actor == leadUser.Name && r.Action == AuditAction.Alteration && r.Subject.Contains("chart link L1", StringComparison.Ordinal));
        Assert.Contains(trail, r => r.Actor == readerUser.Name && r.Subject.Contains("refused (not a member of the case file)", StringComparison.Ordinal));
        Assert.Contains(trail, r => r.Actor == leadUser.Name && r.Action == AuditAction.Disclosure && r.Subject.Contains("chart exported as gexf for judicial-file", StringComparison.Ordinal) && r.Reason == "file for the judge" && r.CaseReference == reference);
    }

    private static string Unzipped(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        return string.Concat(zip.Entries.Select(e =>
        {
            using var reader = new StreamReader(e.Open(), Encoding.UTF8);
            return reader.ReadToEnd();
        }));
    }

    private string Cli(string actor, params string[] args) => CliTokens.RunAs(workspace, actor, args);
}
