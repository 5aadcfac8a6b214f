using Threadline.Security.Accounts;
using Threadline.Security.Tokens;

namespace Threadline.Storage.Compliance;

public abstract partial class SecurityStoreCompliance
{
    [ComplianceFact]
    public void Tokens_are_kept_by_hash_found_by_id_revoked_once_and_checked_against_the_account()
    {
        var store = NewStore();
        store.AddUser(User("ana.k", Role.Analyst) with { TotpSecret = [1, 2, 3] });
        var issued = AccessTokens.Issue(store.FindUser("ana.k")!, Start, TimeSpan.FromHours(12), "login");
        store.AddToken(issued.Token);
        Assert.Throws<ArgumentException>(() => store.AddToken(issued.Token));
        Assert.Equal(issued.Token, store.FindToken(issued.Token.Id));
        Assert.Null(store.FindToken("aaaaaaaaaaaaaaaa"));
        Assert.DoesNotContain(issued.Text[(AccessTokens.Prefix.Length + 17)..], string.Join(' ', store.Tokens()), StringComparison.Ordinal);

        var second = Second(store);
        Assert.Equal("ana.k", AccessTokens.Check(second, issued.Text, Start.AddHours(1)).User?.Name);
        Assert.False(AccessTokens.Check(second, issued.Text, Start.AddHours(12)).Valid);
        Assert.Contains("expired", AccessTokens.Check(second, issued.Text, Start.AddHours(13)).Problem, StringComparison.Ordinal);
        var forged = issued.Text[..^1] + (issued.Text[^1] == 'a' ? 'b' : 'a');
        Assert.Equal("the token is not known to this accounts store", AccessTokens.Check(second, forged, Start).Problem);
        Assert.False(AccessTokens.Check(second, "Bearer " + issued.Text, Start).Valid);

        second.RevokeSessions("ana.k");
        Assert.Contains("ended by an admin", AccessTokens.Check(store, issued.Text, Start.AddHours(1)).Problem, StringComparison.Ordinal);

        var again = AccessTokens.Issue(store.FindUser("ana.k")!, Start, TimeSpan.FromHours(12), "nightly ingest");
        store.AddToken(again.Token);
        Assert.True(AccessTokens.Check(store, again.Text, Start.AddHours(1)).Valid);
        Assert.True(second.RevokeToken(again.Token.Id));
        Assert.False(store.RevokeToken(again.Token.Id));
        Assert.Contains("revoked", AccessTokens.Check(store, again.Text, Start.AddHours(1)).Problem, StringComparison.Ordinal);
        Assert.Equal(new[] { issued.Token.Id, again.Token.Id }.Order(StringComparer.Ordinal), store.Tokens().Select(t => t.Id));
        Assert.Equal([false, true], store.Tokens().OrderBy(t => t.Label, StringComparer.Ordinal).Select(t => t.Revoked));

        store.UpdateUser(store.FindUser("ana.k")! with { Disabled = true });
        var third = AccessTokens.Issue(store.FindUser("ana.k")!, Start, TimeSpan.FromHours(1), "x");
        store.AddToken(third.Token);
        Assert.Contains("disabled", AccessTokens.Check(store, third.Text, Start).Problem, StringComparison.Ordinal);
    }

    [ComplianceFact]
    public void Settings_are_set_read_replaced_and_removed_and_bad_ones_refused()
    {
        var store = NewStore();
        Assert.Null(store.Setting(TeamSettings.AccountsStore));
        store.SetSetting(TeamSettings.AccountsStore, "/srv/threadline/accounts.db");
        store.SetSetting(TeamSettings.AccountsStore, "postgres://threadline@db:5432/team");
        Assert.Equal("postgres://threadline@db:5432/team", Second(store).Setting(TeamSettings.AccountsStore));
        store.SetSetting(TeamSettings.AccountsStore, null);
        Assert.Null(store.Setting(TeamSettings.AccountsStore));
        Assert.Throws<ArgumentException>(() => store.SetSetting("Bad Key", "x"));
        Assert.Throws<ArgumentException>(() => store.SetSetting("k", "line\nbreak"));
        Assert.Throws<ArgumentException>(() => store.SetSetting("k", new string('x', TeamSettings.MaxValue + 1)));
    }
}
