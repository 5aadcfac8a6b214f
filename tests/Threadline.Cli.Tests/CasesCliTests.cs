using System.Text.Json;
using Threadline.Security.Audit;
using Threadline.Storage.Engines;

namespace Threadline.Cli.Tests;

/// <summary><c>threadline cases</c> and the server side of <c>users</c>: a case registry in an accounts store, session revocation, enrolment at first login.</summary>
public sealed class CasesCliTests
{
    private const string Password = "Kestrel-Harbour-Lamp-41";

    [Fact]
    public void Cases_are_registered_in_the_accounts_store_listed_and_removed_and_each_change_is_audited()
    {
        using var cli = new CliRunner();
        var ads = cli.Write("ads/tulip.jsonl", """{"site":"tulip.example","ad_id":"a1","url":"https://tulip.example/ad/a1","posted_at":"2026-02-03T10:00:00Z","city":"Gent","country":"BE","title":"Nieuw in Gent","body":"Bel 0470 12 34 56"}""" + "\n");
        Assert.Equal(0, cli.Run("ingest", "ads", ads, "--workspace", cli.Workspace).ExitCode);
        var accounts = Path.Combine(cli.Directory, "accounts.db");
        var added = cli.Run("cases", "add", "CASE-A", "--workspace", cli.Workspace, "--title", "Operation Tulip", "--accounts", accounts, "--as", "root");
        Assert.True(added.ExitCode == 0, added.Error);
        var list = cli.Run("cases", "list", "--accounts", accounts, "--json");
        using (var doc = JsonDocument.Parse(list.Output))
        {
            var only = Assert.Single(doc.RootElement.EnumerateArray());
            Assert.Equal("CASE-A", only.GetProperty("reference").GetString());
            Assert.Equal(cli.Workspace, only.GetProperty("workspace").GetString());
            Assert.Equal("Operation Tulip", only.GetProperty("title").GetString());
        }

        var missing = cli.Run("cases", "add", "CASE-B", "--workspace", Path.Combine(cli.Directory, "none.db"), "--accounts", accounts);
        Assert.NotEqual(0, missing.ExitCode);
        Assert.Equal(2, cli.Run("cases", "add", "CASE-C", "--accounts", accounts).ExitCode);
        Assert.Contains("no longer served", cli.Run("cases", "remove", "CASE-A", "--accounts", accounts).Output, StringComparison.Ordinal);
        using var store = WorkspaceStores.OpenSecurity(accounts);
        Assert.Empty(store.Cases());
        Assert.Contains(store.ReadAudit(), r => r.Actor == "root" && r.Action == AuditAction.Administration && r.Subject.StartsWith("threadline cases add CASE-A", StringComparison.Ordinal));
    }

    [Fact]
    public void Revoke_disable_and_reset_mfa_end_sessions_and_an_account_without_enrol_dir_enrols_at_first_login()
    {
        using var cli = new CliRunner();
        var accounts = new[] { "--workspace", Path.Combine(cli.Directory, "accounts.db") };
        var passwordFile = cli.Write("pw.txt", Password + "\n");
        var add = cli.Run(["users", "add", "ana.k", "--role", "analyst", "--password-file", passwordFile, .. accounts]);
        Assert.True(add.ExitCode == 0, add.Error);
        Assert.Contains("at the first web login", add.Output, StringComparison.Ordinal);
        Assert.Equal(0, cli.Run(["users", "revoke", "ana.k", .. accounts]).ExitCode);
        Assert.Equal(0, cli.Run(["users", "reset-mfa", "ana.k", .. accounts]).ExitCode);
        Assert.Equal(0, cli.Run(["users", "disable", "ana.k", .. accounts]).ExitCode);
        Assert.NotEqual(0, cli.Run(["users", "revoke", "nobody", .. accounts]).ExitCode);
        using var store = WorkspaceStores.OpenSecurity(accounts[1]);
        var user = store.FindUser("ana.k")!;
        Assert.False(user.HasMfa);
        Assert.Equal(3, user.SessionStamp);
        Assert.True(user.Disabled);
    }
}
