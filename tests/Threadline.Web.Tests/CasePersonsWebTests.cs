using System.Net;
using System.Text.Json;
using Threadline.Security.Accounts;
using Threadline.Security.Audit;
using Threadline.Storage.Engines;

namespace Threadline.Web.Tests;

/// <summary>Issue 17 persons: /cases/REF/persons and /api/cases/{ref}/persons/… — members decide, readers read, outsiders learn nothing, decisions audited.</summary>
[Collection(WebCollection.Name)]
public sealed class CasePersonsWebTests(WorkspaceFixture workspace) : IDisposable
{
    private readonly WebFactory _factory = new(workspace.Workspace);

    public void Dispose() => _factory.Dispose();

    private TestUser NewUser(Role role, string prefix, bool member = true) =>
        TestUsers.Create(workspace.Workspace, [role], member ? [TestUsers.Case] : [], prefix);

    [Fact]
    public async Task Members_propose_and_decide_matches_readers_only_read_and_every_decision_is_audited()
    {
        var lead = NewUser(Role.Analyst, "plead");
        using var l = await CaseClients.As(_factory, lead);
        var reference = await CaseClients.OpenCase(l);

        var empty = await l.GetStringAsync(new Uri($"/cases/{reference}/persons", UriKind.Relative));
        Assert.Contains("No matches yet.", empty, StringComparison.Ordinal);
        Assert.Contains("Gather persons and propose matches", empty, StringComparison.Ordinal);

        // No anti-forgery header: 400; with it, gathered and proposed.
        Assert.Equal(HttpStatusCode.BadRequest, (await CaseClients.PostJson(l, $"/api/cases/{reference}/persons/propose", new { threshold = 0.5 }, csrf: false)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await CaseClients.PostJson(l, $"/api/cases/{reference}/persons/propose", new { threshold = 7 })).StatusCode);
        var proposed = await CaseClients.PostJson(l, $"/api/cases/{reference}/persons/propose", new { threshold = 0.5 });
        Assert.True(proposed.StatusCode == HttpStatusCode.OK, await proposed.Content.ReadAsStringAsync());

        var report = await l.GetStringAsync(new Uri($"/api/cases/{reference}/persons/matches", UriKind.Relative));
        using var doc = JsonDocument.Parse(report);
        Assert.True(doc.RootElement.GetProperty("candidates").GetArrayLength() > 0, report);
        var matches = doc.RootElement.GetProperty("matches").EnumerateArray().ToList();
        var page = await l.GetStringAsync(new Uri($"/cases/{reference}/persons", UriKind.Relative));
        Assert.Contains("Candidate persons (", page, StringComparison.Ordinal);

        // The OpenAPI document lists the endpoints.
        var openapi = await l.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        Assert.Contains("/api/cases/{reference}/persons/matches", openapi, StringComparison.Ordinal);
        Assert.Contains("/api/cases/{reference}/persons/propose", openapi, StringComparison.Ordinal);

        // A reader of the compartment (not a member of the case file) reads but cannot decide.
        var reader = NewUser(Role.Analyst, "preader");
        using var r = await CaseClients.As(_factory, reader);
        Assert.Equal(HttpStatusCode.OK, (await r.GetAsync(new Uri($"/cases/{reference}/persons", UriKind.Relative))).StatusCode);
        var target = matches.Count > 0 ? matches[0].GetProperty("id").GetString()! : "m-000000000000";
        var refused = await CaseClients.PostJson(r, $"/api/cases/{reference}/persons/matches/{target}", new { decision = "reject", reason = "not mine to decide" });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var refusedForm = await TestUsers.Post(r, $"/cases/{reference}/persons", $"/cases/{reference}/persons?handler=Propose", new() { ["threshold"] = "0.5" });
        Assert.Equal(HttpStatusCode.Forbidden, refusedForm.StatusCode);

        // Outside the compartment: one answer whether the case exists or not.
        using var o = await CaseClients.As(_factory, NewUser(Role.Analyst, "poutsider", member: false));
        var existing = await o.GetAsync(new Uri($"/cases/{reference}/persons", UriKind.Relative));
        var missing = await o.GetAsync(new Uri("/cases/NO-SUCH-17/persons", UriKind.Relative));
        Assert.Equal(missing.StatusCode, existing.StatusCode);
        Assert.DoesNotContain("Persons of", await existing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var apiExisting = await o.GetAsync(new Uri($"/api/cases/{reference}/persons/matches", UriKind.Relative));
        var apiMissing = await o.GetAsync(new Uri("/api/cases/NO-SUCH-17/persons/matches", UriKind.Relative));
        Assert.NotEqual(HttpStatusCode.OK, apiExisting.StatusCode);
        Assert.Equal(apiMissing.StatusCode, apiExisting.StatusCode);
        Assert.Equal(await apiMissing.Content.ReadAsStringAsync(), await apiExisting.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await l.GetAsync(new Uri("/cases/NO-SUCH-17/persons", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await l.GetAsync(new Uri("/api/cases/NO-SUCH-17/persons/matches", UriKind.Relative))).StatusCode);

        // Decisions: a reason is required; a new person needs its category; confirmed, audited.
        Assert.Equal(HttpStatusCode.NotFound, (await CaseClients.PostJson(l, $"/api/cases/{reference}/persons/matches/m-000000000000", new { decision = "reject", reason = "x" })).StatusCode);
        Assert.True(matches.Count > 0, "the simulated world gives no match across sources: " + report);
        var noReason = await CaseClients.PostJson(l, $"/api/cases/{reference}/persons/matches/{target}", new { decision = "confirm", category = "suspect" });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("reason", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var noCategory = await CaseClients.PostJson(l, $"/api/cases/{reference}/persons/matches/{target}", new { decision = "confirm", reason = "same holder" });
        Assert.Equal(HttpStatusCode.BadRequest, noCategory.StatusCode);
        Assert.Contains("Art. 6", await noCategory.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var confirmed = await TestUsers.Post(l, $"/cases/{reference}/persons", $"/cases/{reference}/persons?handler=Decide", new()
        {
            ["match"] = target, ["decision"] = "confirm", ["reason"] = "same booker & <holder>", ["category"] = "suspect",
        });
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        var after = await confirmed.Content.ReadAsStringAsync();
        Assert.Contains("confirmed as person person-", after, StringComparison.Ordinal);
        Assert.Contains("same booker &amp; &lt;holder&gt;", after, StringComparison.Ordinal);
        Assert.Contains("Persons confirmed from matches (1)", after, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, (await CaseClients.PostJson(l, $"/api/cases/{reference}/persons/matches/{target}", new { decision = "reject", reason = "changed my mind" })).StatusCode);

        using var store = WorkspaceStores.OpenSecurity(workspace.Workspace);
        var trail = store.ReadAudit().Where(a => a.CaseReference == reference).ToList();
        Assert.Contains(trail, a => a.Actor == lead.Name && a.Action == AuditAction.Alteration && a.Subject == $"case {reference}: persons: candidate persons gathered and matches proposed");
        Assert.Contains(trail, a => a.Actor == lead.Name && a.Action == AuditAction.Alteration && a.Subject == $"case {reference}: persons: match {target} confirmed" && a.Reason == "same booker & <holder>");
        Assert.Contains(trail, a => a.Actor == reader.Name && a.Action == AuditAction.Alteration && a.Subject.StartsWith($"case {reference}: refused", StringComparison.Ordinal));
    }
}
