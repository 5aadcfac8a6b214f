using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace Threadline.Web.Tests;

/// <summary>Signed-in clients of several accounts at once and the case-work calls the case tests share (issue 17).</summary>
public static partial class CaseClients
{
    /// <summary>A client signed in as <paramref name="user"/>, following redirects and keeping its cookies.</summary>
    public static async Task<HttpClient> As(WebFactory factory, TestUser user)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var client = factory.CreateDefaultClient(new RedirectHandler(), new CookieContainerHandler(new CookieContainer()));
        var landed = await TestUsers.LogIn(client, user, DateTimeOffset.UtcNow);
        Assert.Equal(HttpStatusCode.OK, landed.StatusCode);
        return client;
    }

    /// <summary>A case reference no other test uses.</summary>
    public static string NewReference(string prefix = "W17") => prefix + "-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

    public static async Task<string> TopNetwork(HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var doc = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/leads?limit=1", UriKind.Relative)));
        return doc.RootElement.GetProperty("leads").GetProperty("items")[0].GetProperty("id").GetString()!;
    }

    /// <summary>A JSON write with the anti-forgery header from <c>GET /api/csrf</c> (or none).</summary>
    public static async Task<HttpResponseMessage> PostJson(HttpClient client, string path, object body, bool csrf = true)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = JsonContent.Create(body) };
        if (csrf)
        {
            using var doc = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/csrf", UriKind.Relative)));
            request.Headers.Add(doc.RootElement.GetProperty("header_name").GetString()!, doc.RootElement.GetProperty("token").GetString());
        }

        return await client.SendAsync(request);
    }

    /// <summary>Opens a case from the top lead through the API; the user becomes its lead.</summary>
    public static async Task<string> OpenCase(HttpClient client)
    {
        var reference = NewReference();
        var network = await TopNetwork(client);
        var answer = await PostJson(client, "/api/cases", new { network, reference, title = "Rotating flats", legal_basis = "Criminal Code Art. 433quinquies", magistrate = "J. Peeters", office = "Antwerp", magistrate_role = "investigating-judge" });
        Assert.True(answer.StatusCode == HttpStatusCode.Created, await answer.Content.ReadAsStringAsync());
        return reference;
    }

    /// <summary>The first victim pseudonym in a text.</summary>
    public static string Pseudonym(string text)
    {
        var match = PseudonymPattern().Match(text);
        Assert.True(match.Success, "no pseudonym in the answer");
        return match.Value;
    }

    [GeneratedRegex("V-[0-9A-HJKMNP-TV-Z]{8}")]
    private static partial Regex PseudonymPattern();
}
