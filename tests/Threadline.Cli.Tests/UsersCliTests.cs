using System.Text.Json;
using Threadline.Security.Accounts;
using Threadline.Storage.Engines;

namespace Threadline.Cli.Tests;

/// <summary><c>threadline users</c>: accounts for the first admin and scripts; passwords and TOTP secrets never printed.</summary>
public sealed class UsersCliTests
{
    private const string Password = "Kestrel-Harbour-Lamp-41";

    [Fact]
    public void Add_list_member_disable_and_reset_mfa_never_print_a_secret()
    {
        using var cli = new CliRunner();
        var ws = new[] { "--workspace", cli.Workspace };
        var passwordFile = cli.Write("pw.txt", Password + "\n");
        var enrol = Path.Combine(cli.Directory, "enrol");
        var outputs = new List<CliResult>
        {
            cli.Run(["users", "add", "root", "--role", "admin", "--password-file", passwordFile, "--enrol-dir", enrol, .. ws]),
        };

        // Once an admin with an authenticator exists, the accounts are a team's: the admin signs in and acts by token.
        var token = Path.Combine(cli.Directory, "root.token");
        outputs.Add(cli.Run(["login", "root", "--password-file", passwordFile, "--code", Code(enrol, "root"), "--accounts", cli.Workspace, "--token-out", token]));
        ws = [.. ws, "--token-file", token];
        outputs.Add(cli.Run(["users", "add", "ana.k", "--role", "analyst", "--role", "financial-investigator", "--member", "CASE-A", "--password-file", passwordFile, "--enrol-dir", enrol, .. ws]));
        outputs.Add(cli.Run(["users", "member", "ana.k", "CASE-B", "--lead", .. ws]));
        outputs.Add(cli.Run(["users", "list", .. ws, "--json"]));
        outputs.Add(cli.Run(["users", "add", "dpo", "--role", "auditor", "--password-file", passwordFile, "--enrol-dir", enrol, .. ws]));
        Assert.All(outputs, r => Assert.True(r.ExitCode == 0, r.Error));
        var uriFile = Path.Combine(enrol, "ana.k-totp.uri");
        var uri = File.ReadAllText(uriFile).Trim();
        Assert.StartsWith("otpauth://totp/Threadline:ana.k?secret=", uri, StringComparison.Ordinal);
        Assert.Contains("<svg", File.ReadAllText(Path.Combine(enrol, "ana.k-totp.svg")), StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(uriFile));
        }

        using (var doc = JsonDocument.Parse(outputs[4].Output))
        {
            var ana = doc.RootElement.EnumerateArray().Single(u => u.GetProperty("name").GetString() == "ana.k");
            Assert.Equal(["analyst", "financial-investigator"], ana.GetProperty("roles").EnumerateArray().Select(r => r.GetString()!).ToArray());
            Assert.Equal(["CASE-A", "CASE-B (lead)"], ana.GetProperty("cases").EnumerateArray().Select(r => r.GetString()!).ToArray());
            Assert.True(ana.GetProperty("mfa").GetBoolean());
        }

        var oldSecret = uri[(uri.IndexOf("secret=", StringComparison.Ordinal) + 7)..uri.IndexOf('&', StringComparison.Ordinal)];
        outputs.Add(cli.Run(["users", "reset-mfa", "ana.k", "--enrol-dir", enrol, .. ws]));
        outputs.Add(cli.Run(["users", "disable", "ana.k", .. ws]));
        outputs.Add(cli.Run(["users", "list", .. ws]));
        var dpo = Path.Combine(cli.Directory, "dpo.token");
        outputs.Add(cli.Run(["login", "dpo", "--password-file", passwordFile, "--code", Code(enrol, "dpo"), "--accounts", cli.Workspace, "--token-out", dpo]));
        outputs.Add(cli.Run(["audit", "export", "--workspace", cli.Workspace, "--token-file", dpo]));
        Assert.All(outputs, r => Assert.True(r.ExitCode == 0, r.Error));
        Assert.DoesNotContain(oldSecret, File.ReadAllText(uriFile), StringComparison.Ordinal);
        Assert.Contains("ana.k\tanalyst,financial-investigator\tcases: CASE-A, CASE-B (lead)\tmfa: enrolled\tdisabled", outputs[^3].Output, StringComparison.Ordinal);
        var newSecret = File.ReadAllText(uriFile).Split("secret=")[1].Split('&')[0];
        foreach (var result in outputs)
        {
            foreach (var secret in new[] { Password, oldSecret, newSecret })
            {
                Assert.DoesNotContain(secret, result.Output + result.Error, StringComparison.Ordinal);
            }
        }

        using var store = WorkspaceStores.OpenSecurity(cli.Workspace);
        var stored = store.FindUser("ana.k")!;
        Assert.True(stored.Disabled);
        Assert.Equal(Base32.Decode(newSecret), stored.TotpSecret);
        Assert.True(PasswordHashing.Verify(stored.PasswordHash, Password));
        Assert.Equal(LoginOutcome.Disabled, new Authenticator(store).Login("ana.k", Password, Totp.Code(stored.TotpSecret, Totp.Step(DateTimeOffset.UtcNow)), DateTimeOffset.UtcNow));
    }

    [Fact]
    public void Bad_roles_weak_passwords_and_unknown_users_are_refused_with_one_line()
    {
        using var cli = new CliRunner();
        var ws = new[] { "--workspace", cli.Workspace };
        var enrol = Path.Combine(cli.Directory, "enrol");
        var weak = cli.Write("weak.txt", "short\n");
        var good = cli.Write("good.txt", Password);
        var badRole = cli.Run(["users", "add", "x", "--role", "root", "--password-file", good, "--enrol-dir", enrol, .. ws]);
        Assert.Equal(2, badRole.ExitCode);
        Assert.Contains("'root' is not a role", badRole.Error, StringComparison.Ordinal);
        var weakOne = cli.Run(["users", "add", "x", "--role", "analyst", "--password-file", weak, "--enrol-dir", enrol, .. ws]);
        Assert.Equal(2, weakOne.ExitCode);
        Assert.DoesNotContain("short\n", weakOne.Error, StringComparison.Ordinal);
        Assert.Equal(2, cli.Run(["users", "add", "bad name", "--role", "analyst", "--password-file", good, "--enrol-dir", enrol, .. ws]).ExitCode);
        Assert.Equal(0, cli.Run(["users", "add", "x", "--role", "analyst", "--password-file", good, "--enrol-dir", enrol, .. ws]).ExitCode);
        Assert.Equal(1, cli.Run(["users", "add", "x", "--role", "analyst", "--password-file", good, "--enrol-dir", enrol, .. ws]).ExitCode);
        Assert.Contains("no user named 'ghost'", cli.Run(["users", "disable", "ghost", .. ws]).Error, StringComparison.Ordinal);
    }

    private static string Code(string enrol, string user)
    {
        var uri = File.ReadAllText(Path.Combine(enrol, user + "-totp.uri")).Trim();
        var secret = uri[(uri.IndexOf("secret=", StringComparison.Ordinal) + 7)..uri.IndexOf('&', StringComparison.Ordinal)];
        return Totp.Code(Base32.Decode(secret), Totp.Step(DateTimeOffset.UtcNow));
    }
}
