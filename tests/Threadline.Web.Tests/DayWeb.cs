using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Threadline.Cli;
using Threadline.Cli.Infrastructure;
using Threadline.Security.Accounts;

namespace Threadline.Web.Tests;

/// <summary>Helpers of the action-day tests: a case opened from the top lead, users made members of it, JSON writes with the anti-forgery header.</summary>
internal static class DayWeb
{
    /// <summary>The JSON the API reads and writes (snake_case, enums by name).</summary>
    public static JsonSerializerOptions Json { get; } = MakeJson();

    /// <summary>Opens a case from the top lead as lead.web and returns its reference (unique per call).</summary>
    public static string OpenCase(WorkspaceFixture workspace, string prefix)
    {
        var top = JsonDocument.Parse(Cli(workspace, "networks", "--json", "--limit", "1")).RootElement.GetProperty("networks")[0].GetProperty("id").GetString()!;
        var reference = prefix + "-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        Cli(workspace, "case", "open", "--from-network", top, "--reference", reference, "--title", "Rotating flats", "--legal-basis", "Art. 433quinquies", "--magistrate", "A. Claes", "--office", "Antwerp");
        return reference;
    }

    /// <summary>A new analyst of the compartment, signed in; made a member of <paramref name="caseFile"/> with <paramref name="role"/> unless null.</summary>
    public static async Task<(HttpClient Client, string Name)> User(WebFactory factory, WorkspaceFixture workspace, string? caseFile, string? role, string prefix = "day")
    {
        var user = TestUsers.Create(workspace.Workspace, [Role.Analyst], [TestUsers.Case], prefix);
        if (caseFile is not null && role is not null)
        {
            Cli(workspace, "case", "member", caseFile, "--user", user.Name, "--role", role);
        }

        var container = new CookieContainer();
        using (var login = factory.CreateDefaultClient(new RedirectHandler(), new CookieContainerHandler(container)))
        {
            var landed = await TestUsers.LogIn(login, user, DateTimeOffset.UtcNow);
            Assert.Equal(HttpStatusCode.OK, landed.StatusCode);
        }

        var client = factory.CreateDefaultClient(new RedirectHandler(), new CookieContainerHandler(container));
        var csrf = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/csrf", UriKind.Relative))).RootElement;
        client.DefaultRequestHeaders.Add(csrf.GetProperty("header_name").GetString()!, csrf.GetProperty("token").GetString()!);
        return (client, user.Name);
    }

    public static Task<HttpResponseMessage> Post(HttpClient client, string path, object body) =>
        client.PostAsJsonAsync(new Uri(path, UriKind.Relative), body, Json);

    public static async Task<JsonElement> Ok(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    /// <summary>Plans a day: a flat in Belgium and one in Spain, a team for each (Brussels and Madrid) and one in Lisbon, H-hour 06:00 Brussels.</summary>
    public static async Task Plan(HttpClient client, string reference)
    {
        var day = "/api/cases/" + reference + "/action-day";
        await Ok(await Post(client, day + "/targets", new { id = "T-BE", country = "BE", kind = "address", description = "Flat, Leuven", evidence = "booking:BK-1", why = "stays line up with the ads" }));
        await Ok(await Post(client, day + "/targets", new { id = "T-ES", country = "ES", kind = "address", description = "Flat, Alicante", evidence = "booking:BK-2", why = "booked by the same card" }));
        await Ok(await Post(client, day + "/targets", new { id = "T-PT", country = "PT", kind = "account", description = "Account to freeze", evidence = "account:PT50-1", why = "money run" }));
        await Ok(await Post(client, day + "/teams", new { id = "team-be", name = "Leuven 1", zone = "Europe/Brussels", lead = "off.a", members = new[] { "off.b" }, interpreter = "int.c", victim_support = "vs.d", targets = new[] { "T-BE" }, briefing = "Enter at H. Ask for Payoke.", equipment = new[] { "ram", "cameras" } }));
        await Ok(await Post(client, day + "/teams", new { id = "team-es", name = "Alicante 1", zone = "Europe/Madrid", lead = "off.e", targets = new[] { "T-ES" }, briefing = "Guardia Civil leads." }));
        await Ok(await Post(client, day + "/teams", new { id = "team-pt", name = "Lisbon fin", zone = "Europe/Lisbon", lead = "off.f", financial = "fin.g", targets = new[] { "T-PT" } }));
        await Ok(await Post(client, day + "/h-hour", new { date = "2026-04-14", time = "06:00", zone = "Europe/Brussels" }));
    }

    public static string Cli(WorkspaceFixture workspace, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CliApp.Run([.. args, "--workspace", workspace.Workspace, "--as", "lead.web"], CliEnvironment.ForWriters(output, error, null, workspace.Directory));
        Assert.True(code == 0, $"threadline {string.Join(' ', args)}: {error}");
        return output.ToString();
    }

    private static JsonSerializerOptions MakeJson()
    {
        var o = new JsonSerializerOptions();
        WebApp.Configure(o);
        return o;
    }
}
