using Threadline.Cli;
using Threadline.Cli.Infrastructure;
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

    /// <summary>Runs <c>threadline ARGS --workspace W --token-file F</c> as <paramref name="tokenFile"/>'s account; its output, or a failed assertion with the error.</summary>
    public static string Run(WorkspaceFixture workspace, string tokenFile, params string[] args)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CliApp.Run([.. args, "--workspace", workspace.Workspace, "--token-file", tokenFile], CliEnvironment.ForWriters(output, error, null, workspace.Directory));
        Assert.True(code == 0, $"threadline {string.Join(' ', args)}: {error}");
        return output.ToString();
    }

    /// <summary>Runs a command as the existing account <paramref name="actor"/> (a new token of it).</summary>
    public static string RunAs(WorkspaceFixture workspace, string actor, params string[] args)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return Run(workspace, For(workspace.Workspace, workspace.Directory, actor), args);
    }
}
