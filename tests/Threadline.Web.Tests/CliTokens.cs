using Threadline.Security.Accounts;
using Threadline.Security.Tokens;
using Threadline.Storage.Engines;

namespace Threadline.Web.Tests;

/// <summary>
/// Command-line sign-in for tests: once the shared workspace holds an admin with an authenticator it is a team's, and
/// every <c>threadline</c> command on it presents a token of an account (as <c>threadline login</c> would write).
/// </summary>
public static class CliTokens
{
    /// <summary>A new account with <paramref name="roles"/> in <paramref name="cases"/> and a file holding a token of it.</summary>
    public static (TestUser User, string TokenFile) Create(string workspace, string directory, IEnumerable<Role> roles, IEnumerable<string> cases, string prefix)
    {
        var user = TestUsers.Create(workspace, roles, cases, prefix);
        return (user, For(workspace, directory, user.Name));
    }

    /// <summary>A file holding a new token of the existing account <paramref name="name"/>.</summary>
    public static string For(string workspace, string directory, string name)
    {
        using var store = WorkspaceStores.OpenSecurity(workspace);
        var user = store.FindUser(name) ?? throw new ArgumentException("no account " + name, nameof(name));
        var issued = AccessTokens.Issue(user, DateTimeOffset.UtcNow, TimeSpan.FromHours(1), "test");
        store.AddToken(issued.Token);
        var file = Path.Combine(directory, name + "-" + issued.Token.Id + ".token");
        File.WriteAllText(file, issued.Text + "\n");
        return file;
    }
}
