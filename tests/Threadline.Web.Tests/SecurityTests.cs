using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Threadline.Cli;
using Threadline.Cli.Infrastructure;
using Threadline.Security.Access;
using Threadline.Security.Accounts;
using Threadline.Security.Audit;
using Threadline.Storage.Engines;
using Threadline.Web.Security;

namespace Threadline.Web.Tests;

/// <summary>
/// Accounts and need-to-know on the server: every endpoint refused without a session, with the wrong role and from
/// another case's member (one body whether or not the item exists); lockout, revocation, idle timeout, CSRF; every
/// look audited and the trail verified; no password, code or secret in the logs or the trail.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class SecurityTests(WorkspaceFixture workspace) : IDisposable
{
    private readonly WebFactory _factory = new(workspace.Workspace);

    public void Dispose() => _factory.Dispose();

    /// <summary>Every endpoint that is not anonymous, as a concrete URL (route values filled in) and whether it is an API one.</summary>
    private List<(string Url, AccessKind? Kind)> ProtectedEndpoints()
    {
        _ = _factory.Server;
        var endpoints = _factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        Assert.True(endpoints.Count > 20, "endpoints found: " + endpoints.Count);
        var list = new List<(string, AccessKind?)>();
        foreach (var endpoint in endpoints)
        {
            if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            {
                continue;
            }

            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods;
            if (methods is not null && !methods.Contains("GET"))
            {
                continue;
            }

            var url = "/" + string.Join('/', endpoint.RoutePattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
            {
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal => literal.Content,
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart parameter => parameter.Name switch
                {
                    "format" => "ftm",
                    "kind" => "phones",
                    "documentName" => "v1",
                    _ => "x1",
                },
                _ => "x",
            }))));
            list.Add((url, endpoint.Metadata.GetMetadata<AccessAttribute>()?.Kind));
        }

        return [.. list.Distinct()];
    }

    [Fact]
    public async Task Every_endpoint_without_a_session_answers_401_for_the_api_and_the_login_page_for_pages()
    {
        using var client = _factory.Plain();
        var endpoints = ProtectedEndpoints();
        Assert.Contains(endpoints, e => e.Url == "/api/leads");
        Assert.Contains(endpoints, e => e.Url == "/openapi/v1.json");
        Assert.Contains(endpoints, e => e.Url == "/photos/x1");
        Assert.Contains(endpoints, e => e.Url == "/audit");
        Assert.Contains(endpoints, e => e.Url == "/admin");
        foreach (var (url, _) in endpoints)
        {
            var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            if (url.StartsWith("/api/", StringComparison.Ordinal) || url.StartsWith("/photos/", StringComparison.Ordinal) || url.StartsWith("/openapi/", StringComparison.Ordinal))
            {
                Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, url + " answered " + response.StatusCode);
            }
            else
            {
                Assert.True(response.StatusCode == HttpStatusCode.Found, url + " answered " + response.StatusCode);
                Assert.StartsWith("/login", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
            }
        }

        // The login, the status pages and the assets need no session.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/login", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/assets/css/site.css", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task An_auditor_gets_403_on_every_data_endpoint_even_as_a_member_and_an_analyst_gets_403_on_the_trail_and_accounts()
    {
        var auditor = TestUsers.Create(workspace.Workspace, [Role.Auditor], [TestUsers.Case], "auditor");
        using var client = _factory.Plain();
        var landed = await TestUsers.LogIn(client, auditor, DateTimeOffset.UtcNow);
        Assert.True(TestUsers.Landed(landed, "/audit"), "an auditor lands on the audit trail");
        foreach (var (url, kind) in ProtectedEndpoints().Where(e => e.Kind is AccessKind.CaseData or AccessKind.Disclosure))
        {
            var response = await client.GetAsync(new Uri(url + "?case=" + TestUsers.Case + "&reason=r", UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, url + " answered " + response.StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/audit", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(new Uri("/admin", UriKind.Relative))).StatusCode);

        using var analyst = await _factory.SignedIn();
        analyst.DefaultRequestHeaders.Add("Accept", "text/html");
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.GetAsync(new Uri("/audit", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.GetAsync(new Uri("/admin", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await analyst.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task A_member_of_another_case_gets_the_same_403_for_items_that_exist_and_items_that_do_not()
    {
        using (var store = WorkspaceStores.OpenSecurity(workspace.Workspace))
        {
            store.RegisterCase(new RegisteredCase("CASE-OTHER", workspace.Workspace, "Another case", DateTimeOffset.UtcNow));
        }

        using var analyst = await _factory.SignedIn();
        var lead = (await analyst.GetStringAsync(new Uri("/api/leads?limit=1", UriKind.Relative))).Split("\"id\":\"")[1].Split('"')[0];
        var outsider = TestUsers.Create(workspace.Workspace, [Role.Analyst, Role.Supervisor], ["CASE-OTHER"], "outsider");
        using var client = _factory.Plain();
        await TestUsers.LogIn(client, outsider, DateTimeOffset.UtcNow);
        // In their own case they see data.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/api/networks/" + lead, UriKind.Relative))).StatusCode);

        client.DefaultRequestHeaders.Add(RequestAccess.CaseHeader, TestUsers.Case);
        var pairs = new[]
        {
            ("/api/networks/" + lead, "/api/networks/N-does-not-exist"),
            ("/api/networks/" + lead + "/graph", "/api/networks/N-does-not-exist/graph"),
            ("/networks/" + lead, "/networks/N-does-not-exist"),
            ("/api/leads", "/api/leads?country=ZZ"),
        };
        foreach (var (existing, missing) in pairs)
        {
            var a = await client.GetAsync(new Uri(existing, UriKind.Relative));
            var b = await client.GetAsync(new Uri(missing, UriKind.Relative));
            Assert.Equal(HttpStatusCode.Forbidden, a.StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, b.StatusCode);
            // Pages carry a fresh anti-forgery token (the logout form) in every answer: compared without it.
            var bodyA = WithoutTokens(await a.Content.ReadAsStringAsync());
            Assert.Equal(bodyA, WithoutTokens(await b.Content.ReadAsStringAsync()));
            Assert.DoesNotContain(lead, bodyA, StringComparison.Ordinal);
        }

        // Naming the case in the query instead of the header: refused the same way.
        client.DefaultRequestHeaders.Remove(RequestAccess.CaseHeader);
        var viaQuery = await client.GetAsync(new Uri("/api/networks/" + lead + "?case=" + TestUsers.Case, UriKind.Relative));
        Assert.Equal(RequestAccess.ForbiddenBody, await viaQuery.Content.ReadAsStringAsync());
        using var store2 = WorkspaceStores.OpenSecurity(workspace.Workspace);
        Assert.Contains(store2.ReadAudit(), r => r.Actor == outsider.Name && r.Subject.StartsWith("refused (not a member of the case)", StringComparison.Ordinal) && r.CaseReference == TestUsers.Case);
    }

    private static string WithoutTokens(string body) =>
        System.Text.RegularExpressions.Regex.Replace(body, "name=\"__RequestVerificationToken\" value=\"[^\"]*\"", "token");

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_and_the_right_one_is_then_refused()
    {
        var user = TestUsers.Create(workspace.Workspace, [Role.Analyst], [TestUsers.Case], "brute");
        using var client = _factory.Plain();
        for (var i = 0; i < Authenticator.MaxFailures; i++)
        {
            var wrong = await TestUsers.LogIn(client, user, DateTimeOffset.UtcNow, "not the password " + i);
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
            Assert.Contains("Wrong name, password or code", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var right = await TestUsers.LogIn(client, user, DateTimeOffset.UtcNow);
        Assert.Contains("Wrong name, password or code", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(new Uri("/api/leads", UriKind.Relative))).StatusCode);
        using var store = WorkspaceStores.OpenSecurity(workspace.Workspace);
        Assert.True(store.FindUser(user.Name)!.IsLockedAt(DateTimeOffset.UtcNow));
        Assert.Contains(store.ReadAudit(), r => r.Actor == user.Name && r.Action == AuditAction.Authentication && r.Subject.Contains("locked", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_revoked_session_and_a_disabled_account_are_refused_on_the_next_request()
    {
        var user = TestUsers.Create(workspace.Workspace, [Role.Analyst], [TestUsers.Case], "revoked");
        using var client = _factory.Plain();
        await TestUsers.LogIn(client, user, DateTimeOffset.UtcNow);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/api/leads?limit=1", UriKind.Relative))).StatusCode);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var admin = CliTokens.Create(workspace.Workspace, workspace.Directory, [Role.Admin], [], "admin").TokenFile;
        Assert.Equal(0, CliApp.Run(["users", "revoke", user.Name, "--workspace", workspace.Workspace, "--token-file", admin], CliEnvironment.ForWriters(output, error, null, workspace.Directory)));
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(new Uri("/api/leads?limit=1", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Found, (await client.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);

        var other = TestUsers.Create(workspace.Workspace, [Role.Analyst], [TestUsers.Case], "disabled");
        using var second = _factory.Plain();
        await TestUsers.LogIn(second, other, DateTimeOffset.UtcNow);
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync(new Uri("/api/leads?limit=1", UriKind.Relative))).StatusCode);
        Assert.Equal(0, CliApp.Run(["users", "disable", other.Name, "--workspace", workspace.Workspace, "--token-file", admin], CliEnvironment.ForWriters(output, error, null, workspace.Directory)));
        Assert.Equal(HttpStatusCode.Unauthorized, (await second.GetAsync(new Uri("/api/leads?limit=1", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task A_session_ends_after_the_idle_timeout_slides_with_use_and_ends_at_its_absolute_lifetime()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        using var factory = new WebFactory(workspace.Workspace, clock, new Dictionary<string, string> { [ServerSettings.IdleKey] = "15", [ServerSettings.LifetimeKey] = "1" });
        var user = TestUsers.Create(workspace.Workspace, [Role.Analyst], [TestUsers.Case], "idle");
        using var client = factory.Plain();
        await TestUsers.LogIn(client, user, clock.GetUtcNow());
        var leads = new Uri("/api/leads?limit=1", UriKind.Relative);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(leads)).StatusCode);
        // Used every 10 minutes the session lives on (sliding), past the 15 minutes of one idle period ...
        for (var i = 0; i < 4; i++)
        {
            clock.Advance(TimeSpan.FromMinutes(10));
            Assert.True((await client.GetAsync(leads)).StatusCode == HttpStatusCode.OK, "refused after " + ((i + 1) * 10) + " minutes of use");
        }

        // ... until its absolute lifetime (1 hour here) ends it, however active.
        clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(leads)).StatusCode);
        clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(leads)).StatusCode);

        // Sixteen idle minutes end a fresh session.
        clock.Advance(TimeSpan.FromMinutes(1));
        using var fresh = factory.Plain();
        await TestUsers.LogIn(fresh, user, clock.GetUtcNow());
        Assert.Equal(HttpStatusCode.OK, (await fresh.GetAsync(leads)).StatusCode);
        clock.Advance(TimeSpan.FromMinutes(16));
        Assert.Equal(HttpStatusCode.Unauthorized, (await fresh.GetAsync(leads)).StatusCode);
    }

    [Fact]
    public async Task Posts_without_the_anti_forgery_token_are_refused_and_change_nothing()
    {
        var admin = TestUsers.Create(workspace.Workspace, [Role.Admin], [], "admin");
        var target = TestUsers.Create(workspace.Workspace, [Role.Analyst], [TestUsers.Case], "target");
        using var client = _factory.Plain();
        await TestUsers.LogIn(client, admin, DateTimeOffset.UtcNow);
        foreach (var (action, fields) in new[]
        {
            ("/admin?handler=Disable", new Dictionary<string, string> { ["user"] = target.Name }),
            ("/switch-case", new Dictionary<string, string> { ["reference"] = TestUsers.Case }),
            ("/logout", new Dictionary<string, string>()),
        })
        {
            using var content = new FormUrlEncodedContent(fields);
            var response = await client.PostAsync(new Uri(action, UriKind.Relative), content);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, action + " answered " + response.StatusCode);
        }

        using (var store = WorkspaceStores.OpenSecurity(workspace.Workspace))
        {
            Assert.False(store.FindUser(target.Name)!.Disabled);
        }

        // Still signed in (the logout without a token did nothing); with the token the admin's change is made and audited.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/admin", UriKind.Relative))).StatusCode);
        var done = await TestUsers.Post(client, "/admin", "/admin?handler=Disable", new() { ["user"] = target.Name });
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        using var after = WorkspaceStores.OpenSecurity(workspace.Workspace);
        Assert.True(after.FindUser(target.Name)!.Disabled);
        Assert.Contains(after.ReadAudit(), r => r.Actor == admin.Name && r.Action == AuditAction.Administration && r.Subject == "admin: disable: " + target.Name);
        // An admin is not a member of the case: no data.
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(new Uri("/api/leads?case=" + TestUsers.Case, UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task A_first_login_enrols_totp_with_a_local_qr_code_before_anything_else()
    {
        var user = TestUsers.Create(workspace.Workspace, [Role.Analyst], [TestUsers.Case], "newbie", enrolled: false);
        using var client = _factory.Plain();
        var first = await TestUsers.Post(client, "/login", "/login", new() { ["Name"] = user.Name, ["Password"] = TestUsers.Password });
        Assert.Equal("/login/enrol", first.Headers.Location?.OriginalString);
        // Nothing else until the code is verified.
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(new Uri("/api/leads", UriKind.Relative))).StatusCode);
        var home = await client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal("/login/enrol", home.Headers.Location?.OriginalString);
        var page = WebUtility.HtmlDecode(await (await client.GetAsync(new Uri("/login/enrol", UriKind.Relative))).Content.ReadAsStringAsync());
        Assert.Contains("src=\"data:image/svg+xml;base64,", page, StringComparison.Ordinal);
        var secretText = System.Text.RegularExpressions.Regex.Match(page, "<code class=\"secret\">([A-Z2-7 ]+)</code>").Groups[1].Value;
        var secret = Base32.Decode(secretText);
        Assert.Equal(TotpEnrolment.SecretBytes, secret.Length);
        var wrong = await TestUsers.Post(client, "/login/enrol", "/login/enrol", new() { ["Code"] = "000000" == TestUsers.Code(secret, DateTimeOffset.UtcNow) ? "111111" : "000000" });
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        var done = await TestUsers.Post(client, "/login/enrol", "/login/enrol", new() { ["Code"] = TestUsers.Code(secret, DateTimeOffset.UtcNow) });
        Assert.Equal("/", done.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/api/leads?limit=1", UriKind.Relative))).StatusCode);
        using var store = WorkspaceStores.OpenSecurity(workspace.Workspace);
        Assert.Equal(secret, store.FindUser(user.Name)!.TotpSecret);
        Assert.Contains(store.ReadAudit(), r => r.Actor == user.Name && r.Subject == "TOTP enrolment: enrolled");
    }

    [Fact]
    public async Task A_user_in_no_case_sees_only_that_and_a_user_in_two_picks_one()
    {
        var lonely = TestUsers.Create(workspace.Workspace, [Role.Analyst], [], "lonely");
        using var client = _factory.Plain();
        var landed = await TestUsers.LogIn(client, lonely, DateTimeOffset.UtcNow);
        Assert.Equal("/switch-case", landed.Headers.Location?.OriginalString);
        Assert.Equal("/switch-case", (await client.GetAsync(new Uri("/", UriKind.Relative))).Headers.Location?.OriginalString);
        Assert.Contains("not a member of any case", await client.GetStringAsync(new Uri("/switch-case", UriKind.Relative)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(new Uri("/api/leads", UriKind.Relative))).StatusCode);

        using (var store = WorkspaceStores.OpenSecurity(workspace.Workspace))
        {
            store.RegisterCase(new RegisteredCase("CASE-TWO", workspace.Workspace, "Second", DateTimeOffset.UtcNow));
        }

        var two = TestUsers.Create(workspace.Workspace, [Role.Analyst], [TestUsers.Case, "CASE-TWO"], "two");
        using var second = _factory.Plain();
        Assert.Equal("/switch-case", (await TestUsers.LogIn(second, two, DateTimeOffset.UtcNow)).Headers.Location?.OriginalString);
        var chosen = await TestUsers.Post(second, "/switch-case", "/switch-case", new() { ["reference"] = "CASE-TWO" });
        Assert.Equal("/", chosen.Headers.Location?.OriginalString);
        var home = await second.GetStringAsync(new Uri("/", UriKind.Relative));
        Assert.Contains("CASE-TWO", home, StringComparison.Ordinal);
        using var after = WorkspaceStores.OpenSecurity(workspace.Workspace);
        Assert.Contains(after.ReadAudit(), r => r.Actor == two.Name && r.Subject == "GET /" && r.CaseReference == "CASE-TWO");
    }

    [Fact]
    public async Task Every_look_is_audited_with_who_what_where_and_why_the_trail_verifies_and_holds_no_secret()
    {
        var user = TestUsers.Create(workspace.Workspace, [Role.Analyst], [TestUsers.Case], "audited");
        using var client = _factory.Plain();
        // A password typed into the name field, and a wrong password: neither may be kept anywhere.
        const string typedAsName = "my-secret-password-typed-as-name";
        await TestUsers.Post(client, "/login", "/login", new() { ["Name"] = typedAsName, ["Password"] = TestUsers.Password });
        await TestUsers.LogIn(client, user, DateTimeOffset.UtcNow, "Wrong-Password-4711");
        var code = TestUsers.Code(user.Secret, DateTimeOffset.UtcNow);
        await TestUsers.LogIn(client, user, DateTimeOffset.UtcNow);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/api/search?q=nieuw&limit=3", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/search?q=mira", UriKind.Relative))).StatusCode);
        var export = await client.GetAsync(new Uri("/api/leads?format=csv&reason=" + Uri.EscapeDataString("court request 12/3"), UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        await TestUsers.Post(client, "/switch-case", "/logout", []);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(new Uri("/api/leads", UriKind.Relative))).StatusCode);

        using var store = WorkspaceStores.OpenSecurity(workspace.Workspace);
        var mine = store.ReadAudit().Where(r => r.Actor == user.Name).ToList();
        Assert.Contains(mine, r => r.Action == AuditAction.Consultation && r.Subject == "GET /api/search?q=nieuw&limit=3" && r.CaseReference == TestUsers.Case && r.Origin.StartsWith("web ", StringComparison.Ordinal));
        Assert.Contains(mine, r => r.Action == AuditAction.Consultation && r.Subject == "GET /search?q=mira");
        Assert.Contains(mine, r => r.Action == AuditAction.Disclosure && r.Reason == "court request 12/3" && r.CaseReference == TestUsers.Case);
        Assert.Contains(mine, r => r.Action == AuditAction.Authentication && r.Subject == "login code step: accepted");
        Assert.Contains(mine, r => r.Action == AuditAction.Authentication && r.Subject == "logout");
        Assert.Contains(store.ReadAudit(), r => r.Actor == WebAudit.Anonymous && r.Subject == "login password step: refused");

        var secretText = Base32.Encode(user.Secret);
        var everything = string.Join('\n', store.ReadAudit().Select(r => string.Join('|', r.Actor, r.Subject, r.Origin, r.CaseReference, r.Reason)))
            + string.Join('\n', _factory.Logs.Lines);
        Assert.NotEmpty(_factory.Logs.Lines);
        foreach (var secret in new[] { TestUsers.Password, "Wrong-Password-4711", typedAsName, secretText, "__RequestVerificationToken" })
        {
            Assert.DoesNotContain(secret, everything, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("Code=" + code, everything, StringComparison.Ordinal);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var auditor = CliTokens.Create(workspace.Workspace, workspace.Directory, [Role.Auditor], [], "dpo").TokenFile;
        var verified = CliApp.Run(["audit", "verify", "--workspace", workspace.Workspace, "--token-file", auditor], CliEnvironment.ForWriters(output, error, null, workspace.Directory));
        Assert.True(verified == 0, output + " " + error);
        Assert.Contains("intact", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void No_auth_mode_refuses_anything_but_loopback()
    {
        var error = Assert.Throws<InvalidOperationException>(() => WebApp.Build(WebApp.CreateBuilder(["--workspace", workspace.Workspace, "--no-auth", "true", "--urls", "http://0.0.0.0:5999"])));
        Assert.Contains("loopback", error.Message, StringComparison.Ordinal);
    }
}
