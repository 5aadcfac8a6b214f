using Threadline.Security.Accounts;
using Threadline.Security.Audit;
using Threadline.Storage.Engines;

namespace Threadline.Cli.Tests;

/// <summary>
/// The command line on a team's data signs in (<c>threadline login</c>, tokens): it acts as the token's account, the
/// server's need-to-know decides, refusals are in the trail, and no password, code or token is printed or audited.
/// </summary>
public sealed class SignInCliTests
{
    private const string Password = "Kestrel-Harbour-Lamp-41";

    [Fact]
    public void A_team_workspace_needs_a_token_acts_as_its_account_and_audits_every_refusal()
    {
        using var cli = new CliRunner();
        var caseA = Path.Combine(cli.Directory, "case-a.db");
        var caseB = Path.Combine(cli.Directory, "case-b.db");
        var accounts = Path.Combine(cli.Directory, "accounts.db");
        var ads = cli.Write("ads/tulip.jsonl", """{"site":"tulip.example","ad_id":"a1","url":"https://tulip.example/ad/a1","posted_at":"2026-02-03T10:00:00Z","city":"Gent","country":"BE","title":"Nieuw in Gent","body":"Bel 0470 12 34 56"}""" + "\n");
        var pw = cli.Write("pw.txt", Password + "\n");
        var enrol = Path.Combine(cli.Directory, "enrol");
        var outputs = new List<CliResult>();
        CliResult Ok(params string[] args)
        {
            var result = cli.Run(args);
            outputs.Add(result);
            Assert.True(result.ExitCode == 0, string.Join(' ', args) + ": " + result.Error);
            return result;
        }

        CliResult Refused(params string[] args)
        {
            var result = cli.Run(args);
            outputs.Add(result);
            Assert.True(result.ExitCode != 0, string.Join(' ', args) + " was not refused: " + result.Output);
            return result;
        }

        // Setting up (no admin with an authenticator yet): nothing is asked.
        Ok("ingest", "ads", ads, "--workspace", caseA);
        Ok("migrate", "--workspace", caseB);
        Ok("migrate", "--workspace", accounts);
        Ok("cases", "add", "CASE-A", "--workspace", caseA, "--title", "Tulip", "--accounts", accounts);
        Ok("cases", "add", "CASE-B", "--workspace", caseB, "--title", "Lotus", "--accounts", accounts);
        Ok("users", "add", "root", "--role", "admin", "--password-file", pw, "--enrol-dir", enrol, "--workspace", accounts);

        // From now on the accounts store and both case workspaces are a team's.
        var noToken = Refused("users", "add", "ana", "--role", "analyst", "--member", "CASE-A", "--password-file", pw, "--enrol-dir", enrol, "--workspace", accounts, "--as", "root");
        Assert.Contains("sign in first with threadline login", noToken.Error, StringComparison.Ordinal);
        Assert.Contains("sign in first", Refused("stats", "--workspace", caseA).Error, StringComparison.Ordinal);

        var rootToken = Path.Combine(cli.Directory, "root.token");
        Assert.Contains("sign-in refused", Refused("login", "root", "--password-file", pw, "--code", "000000", "--accounts", accounts, "--token-out", rootToken).Error, StringComparison.Ordinal);
        Ok("login", "root", "--password-file", pw, "--code", Code(enrol, "root"), "--accounts", accounts, "--token-out", rootToken);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(rootToken));
        }

        var root = new[] { "--token-file", rootToken };
        Ok(["users", "add", "ana", "--role", "analyst", "--member", "CASE-A", "--password-file", pw, "--enrol-dir", enrol, "--workspace", accounts, .. root]);
        Ok(["users", "add", "bram", "--role", "analyst", "--member", "CASE-B", "--password-file", pw, "--enrol-dir", enrol, "--workspace", accounts, .. root]);
        Ok(["users", "add", "dpo", "--role", "auditor", "--password-file", pw, "--enrol-dir", enrol, "--workspace", accounts, .. root]);

        var anaToken = Path.Combine(cli.Directory, "ana.token");
        var bramToken = Path.Combine(cli.Directory, "bram.token");
        var dpoToken = Path.Combine(cli.Directory, "dpo.token");
        Ok("login", "ana", "--password-file", pw, "--code", Code(enrol, "ana"), "--accounts", accounts, "--token-out", anaToken);
        Ok("login", "bram", "--password-file", pw, "--code", Code(enrol, "bram"), "--accounts", accounts, "--token-out", bramToken);
        Ok("login", "dpo", "--password-file", pw, "--code", Code(enrol, "dpo"), "--accounts", accounts, "--token-out", dpoToken);

        // Ana reads her case; the trail names her, her token and her case.
        Ok("stats", "--workspace", caseA, "--token-file", anaToken);
        // Others are refused, each refusal in the trail: another case's member, the admin, the auditor, a claimed name.
        Assert.Contains("not a member of the case", Refused("stats", "--workspace", caseA, "--token-file", bramToken).Error, StringComparison.Ordinal);
        Assert.Contains("not a member of the case", Refused("stats", "--workspace", caseA, "--token-file", rootToken).Error, StringComparison.Ordinal);
        Assert.Contains("auditors read the audit trail and nothing else", Refused("stats", "--workspace", caseA, "--token-file", dpoToken).Error, StringComparison.Ordinal);
        Assert.Contains("acts as the signed-in account (ana)", Refused("stats", "--workspace", caseA, "--token-file", anaToken, "--as", "root").Error, StringComparison.Ordinal);
        Assert.Contains("only admins manage accounts", Refused("users", "list", "--workspace", accounts, "--token-file", anaToken).Error, StringComparison.Ordinal);
        Assert.Contains("a disclosure needs a reason", Refused("copy", "--from", caseA, "--to", Path.Combine(cli.Directory, "out.db"), "--token-file", anaToken).Error, StringComparison.Ordinal);
        Assert.Contains("only auditors read the audit trail", Refused("audit", "verify", "--workspace", caseA, "--token-file", anaToken).Error, StringComparison.Ordinal);
        Ok("audit", "verify", "--workspace", caseA, "--token-file", dpoToken);
        Assert.Contains("--no-auth is for one person's own workspace", Refused("serve", "--workspace", caseA, "--no-auth", "--token-file", rootToken).Error, StringComparison.Ordinal);

        // A script's token, issued by the admin, works until revoked; the list never shows a token.
        var nightly = Path.Combine(cli.Directory, "nightly.token");
        Ok(["users", "token", "add", "ana", "--label", "nightly ingest", "--days", "10", "--out", nightly, "--workspace", accounts, .. root]);
        Ok("ingest", "ads", ads, "--workspace", caseA, "--token-file", nightly);
        var list = Ok(["users", "token", "list", "--workspace", accounts, .. root]);
        Assert.Contains("ana\tactive", list.Output, StringComparison.Ordinal);
        var nightlyId = File.ReadAllText(nightly).Split('_')[1];
        Ok(["users", "token", "revoke", nightlyId, "--workspace", accounts, .. root]);
        Assert.Contains("revoked", Refused("stats", "--workspace", caseA, "--token-file", nightly).Error, StringComparison.Ordinal);

        // Ending ana's sessions ends her command-line sign-in too; logout revokes and removes the file.
        Ok(["users", "revoke", "ana", "--workspace", accounts, .. root]);
        Assert.Contains("ended by an admin", Refused("stats", "--workspace", caseA, "--token-file", anaToken).Error, StringComparison.Ordinal);
        Ok("logout", "--token-file", bramToken);
        Assert.False(File.Exists(bramToken));

        using (var store = WorkspaceStores.OpenSecurity(caseA))
        {
            var trail = store.ReadAudit().ToList();
            Assert.Contains(trail, r => r.Actor == "ana" && r.Action == AuditAction.Consultation && r.CaseReference == "CASE-A" && r.Origin.Contains(" token ", StringComparison.Ordinal));
            Assert.Contains(trail, r => r.Actor == "ana" && r.Action == AuditAction.Collection && r.Subject.StartsWith("threadline ingest ads", StringComparison.Ordinal));
            Assert.Contains(trail, r => r.Actor == "(not signed in)" && r.Action == AuditAction.Authentication && r.Reason.StartsWith("refused: no token", StringComparison.Ordinal));
            Assert.Contains(trail, r => r.Actor == "bram" && r.Action == AuditAction.Authentication && r.Reason.Contains("not a member of the case", StringComparison.Ordinal));
            Assert.Contains(trail, r => r.Actor == "dpo" && r.Subject.StartsWith("threadline audit verify", StringComparison.Ordinal) && r.Action != AuditAction.Authentication);
        }

        using (var store = WorkspaceStores.OpenSecurity(accounts))
        {
            var trail = store.ReadAudit().ToList();
            Assert.Contains(trail, r => r.Actor == "root" && r.Subject == "threadline login" && r.Reason.Contains("refused", StringComparison.Ordinal));
            Assert.Contains(trail, r => r.Actor == "root" && r.Action == AuditAction.Administration && r.Subject.StartsWith("threadline users add ana", StringComparison.Ordinal));
            Assert.Contains(trail, r => r.Actor == "bram" && r.Subject == "threadline logout");
        }

        // No password, code or token anywhere in what was printed or audited.
        var audit = Ok("audit", "export", "--workspace", accounts, "--token-file", dpoToken).Output + Ok("audit", "export", "--workspace", caseA, "--token-file", dpoToken).Output;
        var secrets = new[] { Password, File.ReadAllText(rootToken).Split('\n')[0], File.ReadAllText(anaToken).Split('\n')[0], File.ReadAllText(nightly).Split('\n')[0] };
        foreach (var text in outputs.Select(o => o.Output + o.Error).Append(audit))
        {
            foreach (var secret in secrets)
            {
                Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void A_workspace_of_no_team_asks_nothing_and_a_token_of_another_store_is_not_taken()
    {
        using var cli = new CliRunner();
        var ads = cli.Write("ads/x.jsonl", """{"site":"x.example","ad_id":"a1","url":"https://x.example/ad/a1","posted_at":"2026-02-03T10:00:00Z","city":"Gent","country":"BE","title":"t","body":"b"}""" + "\n");
        Assert.Equal(0, cli.Run("ingest", "ads", ads, "--workspace", cli.Workspace, "--as", "someone").ExitCode);
        var pw = cli.Write("pw.txt", Password + "\n");
        var enrol = Path.Combine(cli.Directory, "enrol");
        var other = Path.Combine(cli.Directory, "other.db");
        Assert.Equal(0, cli.Run("users", "add", "root", "--role", "admin", "--password-file", pw, "--enrol-dir", enrol, "--workspace", other).ExitCode);
        var token = Path.Combine(cli.Directory, "t");
        var login = cli.Run("login", "root", "--password-file", pw, "--code", Code(enrol, "root"), "--accounts", other, "--token-out", token);
        Assert.True(login.ExitCode == 0, login.Error);
        Assert.Equal(0, cli.Run("stats", "--workspace", cli.Workspace).ExitCode);
        Assert.Equal(0, cli.Run("users", "list", "--workspace", other, "--token-file", token).ExitCode);
        var garbage = cli.Write("garbage", "Bearer nonsense\n");
        var refused = cli.Run("users", "list", "--workspace", other, "--token-file", garbage);
        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains("not a Threadline token", refused.Error, StringComparison.Ordinal);
    }

    private static string Code(string enrol, string user)
    {
        var uri = File.ReadAllText(Path.Combine(enrol, user + "-totp.uri")).Trim();
        var secret = uri[(uri.IndexOf("secret=", StringComparison.Ordinal) + 7)..uri.IndexOf('&', StringComparison.Ordinal)];
        return Totp.Code(Base32.Decode(secret), Totp.Step(DateTimeOffset.UtcNow));
    }
}
