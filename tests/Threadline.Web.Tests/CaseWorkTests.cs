using System.Net;
using System.Text.Json;
using Threadline.Cli;
using Threadline.Cli.Infrastructure;
using Threadline.Security.Accounts;
using Threadline.Security.Audit;
using Threadline.Storage.Engines;

namespace Threadline.Web.Tests;

/// <summary>
/// The case pages and <c>/api/cases</c> as a place to work (issue 17): a case opened from a lead, writes by members of
/// the case file only, each audited before it happens, refused without an anti-forgery token, bad input naming its
/// field; victim records under need-to-know on every page, API answer, list and deadline.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class CaseWorkTests(WorkspaceFixture workspace) : IDisposable
{
    private readonly WebFactory _factory = new(workspace.Workspace);

    public void Dispose() => _factory.Dispose();

    private TestUser NewUser(Role role, string prefix, bool member = true) =>
        TestUsers.Create(workspace.Workspace, [role], member ? [TestUsers.Case] : [], prefix);

    [Fact]
    public async Task A_case_opened_from_the_network_page_takes_writes_from_its_members_only_each_audited_first()
    {
        var lead = NewUser(Role.Analyst, "lead");
        var reader = NewUser(Role.Analyst, "reader");
        using var l = await CaseClients.As(_factory, lead);
        var top = await CaseClients.TopNetwork(l);
        var reference = CaseClients.NewReference();

        var network = await l.GetStringAsync(new Uri("/networks/" + top, UriKind.Relative));
        Assert.Contains("Open a case from this lead", network, StringComparison.Ordinal);
        var opened = await TestUsers.Post(l, "/networks/" + top, "/cases/open", new()
        {
            ["Input.Network"] = top, ["Input.Reference"] = reference, ["Input.Title"] = "Rotating <b>flats</b>", ["Input.LegalBasis"] = "Criminal Code Art. 433quinquies",
            ["Input.Magistrate"] = "J. Peeters", ["Input.Office"] = "Antwerp", ["Input.MagistrateRole"] = "investigating-judge",
        });
        Assert.True(TestUsers.Landed(opened, "/cases/" + reference), "landed on " + opened.RequestMessage?.RequestUri);
        var page = await opened.Content.ReadAsStringAsync();
        Assert.Contains("member (lead)", page, StringComparison.Ordinal);
        Assert.Contains("Rotating &lt;b&gt;flats&lt;/b&gt;", page, StringComparison.Ordinal);
        Assert.Contains("class=\"case-links\"", page, StringComparison.Ordinal);
        Assert.Contains("unchanged since", page, StringComparison.Ordinal);

        // An EAW executed in Spain, consent on 10 March: decision by the end of 20 March (FD 2002/584 Art. 17(2)).
        var eaw = await TestUsers.Post(l, "/cases/" + reference, "/cases/" + reference + "?handler=Warrant", new()
        {
            ["Id"] = "EAW-1", ["Direction"] = "issued", ["Issued"] = "2026-03-05", ["State"] = "ES", ["Arrest"] = "2026-03-09", ["Consent"] = "2026-03-10", ["Zone"] = "Europe/Madrid", ["Marking"] = "A1 H0",
        });
        Assert.Equal(HttpStatusCode.OK, eaw.StatusCode);
        var withEaw = await eaw.Content.ReadAsStringAsync();
        Assert.Contains("end of 2026-03-20", withEaw, StringComparison.Ordinal);
        Assert.Contains("Art. 17(2)", withEaw, StringComparison.Ordinal);
        Assert.Contains("A1 &#xB7; H0", withEaw, StringComparison.Ordinal);

        // Bad input: refused, naming the field, nothing written.
        var bad = await TestUsers.Post(l, "/cases/" + reference, "/cases/" + reference + "?handler=Warrant", new()
        {
            ["Id"] = "EAW-2", ["Issued"] = "2026-03-05", ["State"] = "ES", ["Arrest"] = "2026-03-09", ["Consent"] = "2026-13-40",
        });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("consent: &#x27;2026-13-40&#x27; is not a day", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // A form without its anti-forgery token is refused.
        using (var forged = new FormUrlEncodedContent(new Dictionary<string, string> { ["Id"] = "N-F", ["Text"] = "forged" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await l.PostAsync(new Uri("/cases/" + reference + "?handler=Entry", UriKind.Relative), forged)).StatusCode);
        }

        // The JSON API: no token, 400; with it, written; a bad marking names the field.
        Assert.Equal(HttpStatusCode.BadRequest, (await CaseClients.PostJson(l, $"/api/cases/{reference}/entries", new { id = "H1", kind = "hypothesis", text = "The Leuven flat is the booking hub" }, csrf: false)).StatusCode);
        var note = await CaseClients.PostJson(l, $"/api/cases/{reference}/entries", new { id = "H1", kind = "hypothesis", text = "The Leuven flat is the booking hub", marking = "C3 H2" });
        Assert.True(note.StatusCode == HttpStatusCode.OK, await note.Content.ReadAsStringAsync());
        Assert.Contains("C3 · H2", await note.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var badMarking = await CaseClients.PostJson(l, $"/api/cases/{reference}/entries", new { id = "N2", text = "x", marking = "D2 H0" });
        Assert.Equal(HttpStatusCode.BadRequest, badMarking.StatusCode);
        using (var problem = JsonDocument.Parse(await badMarking.Content.ReadAsStringAsync()))
        {
            Assert.Equal("marking", problem.RootElement.GetProperty("field").GetString());
        }

        // A person needs the LED Art. 6 category; an attached persona must exist; a closed case takes nothing new.
        await AssertField(await CaseClients.PostJson(l, $"/api/cases/{reference}/persons", new { id = "S1", name = "Mehmet K." }), "category");
        Assert.Equal(HttpStatusCode.OK, (await CaseClients.PostJson(l, $"/api/cases/{reference}/persons", new { id = "S1", name = "Mehmet K.", category = "suspect", marking = "B2 H1" })).StatusCode);
        await AssertField(await CaseClients.PostJson(l, $"/api/cases/{reference}/attachments", new { kind = "persona", id = "no-such-persona" }), "id");
        Assert.Equal(HttpStatusCode.OK, (await CaseClients.PostJson(l, $"/api/cases/{reference}/attachments", new { kind = "phone", id = "+32470123456" })).StatusCode);

        var jit = await CaseClients.PostJson(l, $"/api/cases/{reference}/jits", new { id = "JIT-1", name = "JIT BE-ES", signed = "2026-01-15", ends = "2027-01-14", notice_days = 60, milestones = "2026-06-01 evaluation meeting", zone = "Europe/Brussels" });
        Assert.True(jit.StatusCode == HttpStatusCode.OK, await jit.Content.ReadAsStringAsync());
        Assert.Contains("jit.JIT-1.extension", await jit.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await CaseClients.PostJson(l, $"/api/cases/{reference}/status", new { status = "closed" })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await CaseClients.PostJson(l, $"/api/cases/{reference}/warrants", new { id = "EAW-9", issued = "2026-03-05", state = "ES" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await CaseClients.PostJson(l, $"/api/cases/{reference}/status", new { status = "open" })).StatusCode);

        // A member of the compartment who is not in the case file reads it but cannot write to it.
        using var r = await CaseClients.As(_factory, reader);
        var read = await r.GetStringAsync(new Uri("/cases/" + reference, UriKind.Relative));
        Assert.Contains("reader: only members of the case file write", read, StringComparison.Ordinal);
        Assert.DoesNotContain("Work on the case", read, StringComparison.Ordinal);
        var refused = await TestUsers.Post(r, "/cases/" + reference, "/cases/" + reference + "?handler=Entry", new() { ["Id"] = "N9", ["Text"] = "not mine to write" });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var apiRefused = await CaseClients.PostJson(r, $"/api/cases/{reference}/entries", new { id = "N9", text = "not mine" });
        Assert.True(apiRefused.StatusCode == HttpStatusCode.Forbidden, apiRefused.StatusCode + " " + string.Join("\n", _factory.Logs.Lines.Where(x => x.Contains("xception", StringComparison.Ordinal)).TakeLast(3)));
        Assert.Equal(HttpStatusCode.NotFound, (await r.GetAsync(new Uri("/cases/NO-SUCH-17", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await r.GetAsync(new Uri("/api/cases/NO-SUCH-17", UriKind.Relative))).StatusCode);

        // Someone outside the compartment gets one answer whether the case exists or not.
        using var o = await CaseClients.As(_factory, NewUser(Role.Analyst, "outsider", member: false));
        var existing = await o.GetAsync(new Uri("/api/cases/" + reference, UriKind.Relative));
        var missing = await o.GetAsync(new Uri("/api/cases/NO-SUCH-17", UriKind.Relative));
        Assert.Equal(missing.StatusCode, existing.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, existing.StatusCode);
        Assert.Equal(await missing.Content.ReadAsStringAsync(), await existing.Content.ReadAsStringAsync());

        using (var store = WorkspaceStores.OpenSecurity(workspace.Workspace))
        {
            var trail = store.ReadAudit().ToList();
            Assert.Contains(trail, a => a.Actor == lead.Name && a.Action == AuditAction.Alteration && a.CaseReference == reference && a.Subject.Contains("opened from network " + top, StringComparison.Ordinal));
            Assert.Contains(trail, a => a.Actor == lead.Name && a.Action == AuditAction.Alteration && a.CaseReference == reference && a.Subject == $"case {reference}: EAW EAW-1");
            Assert.Contains(trail, a => a.Actor == lead.Name && a.Action == AuditAction.Alteration && a.CaseReference == reference && a.Subject == $"case {reference}: hypothesis H1");
            Assert.Contains(trail, a => a.Actor == lead.Name && a.Action == AuditAction.Alteration && a.CaseReference == reference && a.Subject == $"case {reference}: JIT JIT-1");
            Assert.Contains(trail, a => a.Actor == reader.Name && a.Action == AuditAction.Alteration && a.CaseReference == reference && a.Subject.StartsWith($"case {reference}: refused", StringComparison.Ordinal));
            Assert.DoesNotContain(trail, a => a.Subject.Contains("EAW-2", StringComparison.Ordinal));
        }

        AssertTrailIntact();
    }

    [Fact]
    public async Task Victim_records_are_seen_only_by_victim_support_and_the_lead_and_nobody_else_learns_they_exist()
    {
        var lead = NewUser(Role.Analyst, "vlead");
        var support = NewUser(Role.VictimSupport, "support");
        var analyst = NewUser(Role.Analyst, "analyst");
        using var l = await CaseClients.As(_factory, lead);
        var reference = await CaseClients.OpenCase(l);
        Assert.Equal(HttpStatusCode.OK, (await CaseClients.PostJson(l, $"/api/cases/{reference}/members", new { user = support.Name, role = "victim-support" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await CaseClients.PostJson(l, $"/api/cases/{reference}/members", new { user = analyst.Name, role = "analyst" })).StatusCode);

        using var s = await CaseClients.As(_factory, support);
        var on = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-10);
        var day = on.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var victims = $"/cases/{reference}/victims";
        var address = await TestUsers.Post(s, victims + "?reason=first+contact", victims, new() { ["Reason"] = "first contact", ["Centre"] = "Rue de la Loi 16, 1000 Brussel", ["On"] = day });
        Assert.Equal(HttpStatusCode.BadRequest, address.StatusCode);
        Assert.Contains("centre:", await address.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var added = await TestUsers.Post(s, victims + "?reason=first+contact", victims, new() { ["Reason"] = "first contact", ["Name"] = "Secret Name", ["Centre"] = "Payoke", ["On"] = day, ["Languages"] = "ro, en" });
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        var pseudonym = CaseClients.Pseudonym(await added.Content.ReadAsStringAsync());
        var record = await s.GetStringAsync(new Uri($"/cases/{reference}/victims/{pseudonym}?reason=follow-up", UriKind.Relative));
        var lastDay = on.AddDays(45).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"BE {day} to {lastDay}", record, StringComparison.Ordinal);
        Assert.Contains("referred to Payoke on " + day, record, StringComparison.Ordinal);
        var consent = await TestUsers.Post(s, $"/cases/{reference}/victims/{pseudonym}?reason=follow-up", $"/cases/{reference}/victims/{pseudonym}", new() { ["Reason"] = "follow-up", ["Change"] = "consent", ["Scope"] = "statements to the police", ["On"] = day });
        Assert.Equal(HttpStatusCode.OK, consent.StatusCode);
        Assert.Contains("statements to the police given " + day, await consent.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("victim " + pseudonym, await s.GetStringAsync(new Uri("/deadlines?days=60", UriKind.Relative)), StringComparison.Ordinal);
        Assert.Contains("victim " + pseudonym, await s.GetStringAsync(new Uri("/api/deadlines?days=60", UriKind.Relative)), StringComparison.Ordinal);
        using (var list = JsonDocument.Parse(await s.GetStringAsync(new Uri($"/api/cases/{reference}/victims?reason=review", UriKind.Relative))))
        {
            Assert.Equal(pseudonym, list.RootElement.GetProperty("victims")[0].GetProperty("pseudonym").GetString());
        }

        Assert.Equal(HttpStatusCode.BadRequest, (await s.GetAsync(new Uri($"/api/cases/{reference}/victims/{pseudonym}", UriKind.Relative))).StatusCode);

        // The analyst of the same case: the pseudonym on the case, nothing else, anywhere.
        using var a = await CaseClients.As(_factory, analyst);
        var casePage = await a.GetStringAsync(new Uri("/cases/" + reference, UriKind.Relative));
        Assert.Contains(pseudonym, casePage, StringComparison.Ordinal);
        var caseApi = await a.GetStringAsync(new Uri("/api/cases/" + reference, UriKind.Relative));
        var everything = casePage + caseApi
            + await a.GetStringAsync(new Uri("/deadlines?days=366", UriKind.Relative))
            + await a.GetStringAsync(new Uri("/api/deadlines?days=366", UriKind.Relative))
            + await a.GetStringAsync(new Uri($"/api/cases/{reference}/deadlines", UriKind.Relative))
            + await a.GetStringAsync(new Uri($"/api/cases/{reference}/victims?reason=curious", UriKind.Relative));
        foreach (var secret in new[] { "Payoke", "Secret Name", "victim " + pseudonym, "Victim records", lastDay })
        {
            Assert.DoesNotContain(secret, everything, StringComparison.Ordinal);
        }

        foreach (var path in new[] { victims, victims + "?reason=curious", $"{victims}/{pseudonym}", $"{victims}/{pseudonym}?reason=curious" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await a.GetAsync(new Uri(path, UriKind.Relative))).StatusCode);
        }

        var real = await a.GetAsync(new Uri($"/api/cases/{reference}/victims/{pseudonym}?reason=curious", UriKind.Relative));
        var made = await a.GetAsync(new Uri($"/api/cases/{reference}/victims/V-00000000?reason=curious", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, real.StatusCode);
        Assert.Equal(made.StatusCode, real.StatusCode);
        Assert.Equal(await made.Content.ReadAsStringAsync(), await real.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await CaseClients.PostJson(a, $"/api/cases/{reference}/victims/{pseudonym}", new { reason = "curious", change = "interpreter", language = "ro" })).StatusCode);
        var posted = await TestUsers.Post(a, "/cases/" + reference, $"{victims}/{pseudonym}", new() { ["Reason"] = "curious", ["Change"] = "interpreter", ["Language"] = "ro" });
        var postedMade = await TestUsers.Post(a, "/cases/" + reference, $"{victims}/V-00000000", new() { ["Reason"] = "curious", ["Change"] = "interpreter", ["Language"] = "ro" });
        Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
        Assert.Equal(await postedMade.Content.ReadAsStringAsync(), await posted.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await CaseClients.PostJson(a, $"/api/cases/{reference}/victims", new { reason = "curious", name = "X" })).StatusCode);

        // The lead opens it too, with a reason.
        Assert.Equal(HttpStatusCode.OK, (await l.GetAsync(new Uri($"/api/cases/{reference}/victims/{pseudonym}?reason=supervision", UriKind.Relative))).StatusCode);

        using (var store = WorkspaceStores.OpenSecurity(workspace.Workspace))
        {
            var trail = store.ReadAudit().Where(x => x.CaseReference == reference).ToList();
            Assert.Contains(trail, x => x.Actor == support.Name && x.Action == AuditAction.Alteration && x.Subject == $"case {reference}: victim record {pseudonym} added" && x.Reason == "first contact");
            Assert.Contains(trail, x => x.Actor == support.Name && x.Action == AuditAction.Consultation && x.Subject == $"case {reference}: victim record {pseudonym}" && x.Reason == "follow-up");
            Assert.Contains(trail, x => x.Actor == support.Name && x.Action == AuditAction.Alteration && x.Subject == $"case {reference}: victim record {pseudonym}: consent");
            Assert.Contains(trail, x => x.Actor == analyst.Name && x.Subject == $"case {reference}: victim record {pseudonym}: refused or not found" && x.Reason == "curious");
            Assert.Contains(trail, x => x.Actor == lead.Name && x.Action == AuditAction.Consultation && x.Subject == $"case {reference}: victim record {pseudonym}" && x.Reason == "supervision");
        }

        AssertTrailIntact();
    }

    [Fact]
    public async Task An_auditor_who_is_a_member_sees_no_deadlines_and_no_case()
    {
        var lead = NewUser(Role.Analyst, "alead");
        using var l = await CaseClients.As(_factory, lead);
        var reference = await CaseClients.OpenCase(l);
        var auditor = NewUser(Role.Auditor, "auditor17");
        Assert.Equal(HttpStatusCode.OK, (await CaseClients.PostJson(l, $"/api/cases/{reference}/members", new { user = auditor.Name, role = "analyst" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await CaseClients.PostJson(l, $"/api/cases/{reference}/entries", new { id = "T1", kind = "task", text = "call the SPOC", due = "2026-01-01T10:00Z" })).StatusCode);
        Assert.Contains("task T1", await l.GetStringAsync(new Uri("/deadlines?days=366", UriKind.Relative)), StringComparison.Ordinal);

        using var a = await CaseClients.As(_factory, auditor);
        Assert.DoesNotContain(reference, await a.GetStringAsync(new Uri("/deadlines?days=366", UriKind.Relative)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await a.GetAsync(new Uri("/api/cases/" + reference, UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task The_case_api_is_in_the_openapi_document()
    {
        using var client = await _factory.SignedIn();
        var document = await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        foreach (var path in new[] { "/api/cases", "/api/cases/{reference}", "/api/cases/{reference}/warrants", "/api/cases/{reference}/victims/{pseudonym}", "/api/deadlines", "/api/csrf", "/api/cases/{reference}/jits" })
        {
            Assert.Contains("\"" + path + "\"", document, StringComparison.Ordinal);
        }
    }

    private static async Task AssertField(HttpResponseMessage answer, string field)
    {
        var body = await answer.Content.ReadAsStringAsync();
        Assert.True(answer.StatusCode == HttpStatusCode.BadRequest, answer.StatusCode + " " + body);
        using var problem = JsonDocument.Parse(body);
        Assert.Equal(field, problem.RootElement.GetProperty("field").GetString());
        Assert.Contains(field, problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private void AssertTrailIntact()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var auditor = CliTokens.Create(workspace.Workspace, workspace.Directory, [Role.Auditor], [], "dpo").TokenFile;
        var verified = CliApp.Run(["audit", "verify", "--workspace", workspace.Workspace, "--token-file", auditor], CliEnvironment.ForWriters(output, error, null, workspace.Directory));
        Assert.True(verified == 0, output + " " + error);
        Assert.Contains("intact", output.ToString(), StringComparison.Ordinal);
    }
}
