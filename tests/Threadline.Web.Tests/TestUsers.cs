using System.Net;
using System.Text.RegularExpressions;
using Threadline.Security.Accounts;
using Threadline.Storage.Engines;

namespace Threadline.Web.Tests;

/// <summary>Accounts made straight in the workspace's security store with a known password and TOTP secret, and the login a browser does.</summary>
public static partial class TestUsers
{
    /// <summary>The case the shared workspace is served as.</summary>
    public const string Case = "CASE-WEB";

    public const string Password = "correct horse battery staple";

    /// <summary>A new account (a unique name from <paramref name="prefix"/>) with a TOTP secret, or none when <paramref name="enrolled"/> is false.</summary>
    public static TestUser Create(string workspace, IEnumerable<Role> roles, IEnumerable<string> cases, string prefix = "user", bool enrolled = true)
    {
        var name = prefix + "-" + Guid.NewGuid().ToString("N")[..10];
        var secret = enrolled ? TotpEnrolment.Create(name).Secret : [];
        using var store = WorkspaceStores.OpenSecurity(workspace);
        store.AddUser(new UserAccount { Name = name, Roles = roles.ToHashSet(), PasswordHash = PasswordHashing.Hash(Password), TotpSecret = secret, Created = DateTimeOffset.UtcNow });
        foreach (var c in cases)
        {
            store.SetMembership(new CaseMembership(name, c, IsLead: false));
        }

        return new TestUser(name, secret);
    }

    /// <summary>The code an authenticator app shows at <paramref name="at"/>.</summary>
    public static string Code(byte[] secret, DateTimeOffset at) => Totp.Code(secret, Totp.Step(at));

    /// <summary>The anti-forgery token of a page's form.</summary>
    public static string Token(string html)
    {
        var match = TokenPattern().Match(html);
        Assert.True(match.Success, "no anti-forgery token in the page");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    /// <summary>Password, then code, as the login pages ask; returns the last answer (a redirect when the client does not follow them).</summary>
    public static async Task<HttpResponseMessage> LogIn(HttpClient client, TestUser user, DateTimeOffset now, string? password = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(user);
        var first = await Post(client, "/login", "/login", new() { ["Name"] = user.Name, ["Password"] = password ?? Password });
        if (!Landed(first, "/login/code"))
        {
            return first;
        }

        return await Post(client, "/login/code", "/login/code", new() { ["Code"] = Code(user.Secret, now) });
    }

    /// <summary>GETs a form page, then posts the form with its token.</summary>
    public static async Task<HttpResponseMessage> Post(HttpClient client, string formPage, string action, Dictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(fields);
        var page = await client.GetAsync(new Uri(formPage, UriKind.Relative));
        fields["__RequestVerificationToken"] = Token(await page.Content.ReadAsStringAsync());
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri(action, UriKind.Relative), content);
    }

    /// <summary>Whether an answer is (or, followed, ended at) <paramref name="path"/>.</summary>
    public static bool Landed(HttpResponseMessage response, string path)
    {
        ArgumentNullException.ThrowIfNull(response);
        var at = response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found ? response.Headers.Location?.OriginalString : response.RequestMessage?.RequestUri?.AbsolutePath;
        return at is not null && (at == path || at.StartsWith(path + "?", StringComparison.Ordinal));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

/// <summary>A test account: its name and TOTP secret (the password is <see cref="TestUsers.Password"/>).</summary>
public sealed record TestUser(string Name, byte[] Secret);
