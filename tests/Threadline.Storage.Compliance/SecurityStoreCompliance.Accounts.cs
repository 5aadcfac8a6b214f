using Threadline.Security.Accounts;

namespace Threadline.Storage.Compliance;

public abstract partial class SecurityStoreCompliance
{
    private const string Password = "correct horse battery";

    private static UserAccount User(string name, params Role[] roles) => new()
    {
        Name = name,
        Roles = roles.ToHashSet(),
        PasswordHash = PasswordHashing.Hash(Password),
        Created = Start,
    };

    [ComplianceFact]
    public void Accounts_round_trip_with_every_field()
    {
        var store = NewStore();
        var user = User("ana.k", Role.Analyst, Role.FinancialInvestigator) with
        {
            TotpSecret = [1, 2, 3, 250],
            LastTotpStep = 42,
            Failures = 2,
            LockedUntil = Start.AddMinutes(5),
            Disabled = true,
        };
        store.AddUser(user);
        store.AddUser(User("bob", Role.Admin));
        Assert.Equal(user, store.FindUser("ana.k"));
        Assert.Null(store.FindUser("nobody"));
        Assert.Equal(["ana.k", "bob"], store.Users().Select(u => u.Name).ToArray());
        var changed = user with { Disabled = false, Roles = new HashSet<Role> { Role.Prosecutor }, LockedUntil = null };
        store.UpdateUser(changed);
        Assert.Equal(changed, store.FindUser("ana.k"));
    }

    [ComplianceFact]
    public void A_second_user_of_the_same_name_and_bad_accounts_are_refused()
    {
        var store = NewStore();
        store.AddUser(User("ana.k", Role.Analyst));
        Assert.Throws<ArgumentException>(() => store.AddUser(User("ana.k", Role.Admin)));
        Assert.Throws<ArgumentException>(() => store.AddUser(User("bad name", Role.Admin)));
        Assert.Throws<ArgumentException>(() => store.AddUser(User("noroles")));
        Assert.Throws<KeyNotFoundException>(() => store.UpdateUser(User("ghost", Role.Analyst)));
    }

    [ComplianceFact]
    public void Memberships_are_set_updated_and_removed()
    {
        var store = NewStore();
        store.AddUser(User("ana.k", Role.Analyst));
        store.SetMembership(new CaseMembership("ana.k", "CASE-B", false));
        store.SetMembership(new CaseMembership("ana.k", "CASE-A", false));
        store.SetMembership(new CaseMembership("ana.k", "CASE-A", true));
        Assert.Equal([new CaseMembership("ana.k", "CASE-A", true), new CaseMembership("ana.k", "CASE-B", false)], store.Memberships("ana.k").ToArray());
        Assert.True(store.RemoveMembership("ana.k", "CASE-B"));
        Assert.False(store.RemoveMembership("ana.k", "CASE-B"));
        Assert.Single(store.Memberships("ana.k"));
        Assert.Empty(store.Memberships("bob"));
        Assert.Throws<ArgumentException>(() => store.SetMembership(new CaseMembership("ana.k", "", false)));
    }

    [ComplianceFact]
    public void Five_failed_logins_lock_the_account_even_against_the_right_password()
    {
        var store = NewStore();
        var secret = TotpEnrolment.Create("ana.k").Secret;
        store.AddUser(User("ana.k", Role.Analyst) with { TotpSecret = secret });
        var login = new Authenticator(store);
        var now = Start;
        string Code(DateTimeOffset at) => Totp.Code(secret, Totp.Step(at));
        for (var i = 0; i < Authenticator.MaxFailures - 1; i++)
        {
            Assert.Equal(LoginOutcome.Refused, login.Login("ana.k", "wrong password!", Code(now), now));
        }

        Assert.Equal(4, store.FindUser("ana.k")!.Failures);
        Assert.Equal(LoginOutcome.LockedOut, login.Login("ana.k", Password, "000000", now));
        Assert.Equal(LoginOutcome.LockedOut, login.Login("ana.k", Password, Code(now), now.AddMinutes(1)));
        var later = now + login.LockoutDuration + TimeSpan.FromSeconds(1);
        Assert.Equal(LoginOutcome.Succeeded, login.Login("ana.k", Password, Code(later), later));
        Assert.Equal(0, store.FindUser("ana.k")!.Failures);
    }

    [ComplianceFact]
    public void A_login_needs_the_password_and_a_fresh_code_and_unknown_users_look_like_wrong_passwords()
    {
        var store = NewStore();
        var secret = TotpEnrolment.Create("ana.k").Secret;
        store.AddUser(User("ana.k", Role.Analyst) with { TotpSecret = secret });
        store.AddUser(User("new.user", Role.Analyst));
        store.AddUser(User("gone", Role.Analyst) with { Disabled = true, TotpSecret = secret });
        var login = new Authenticator(store);
        var code = Totp.Code(secret, Totp.Step(Start));
        Assert.Equal(LoginOutcome.Refused, login.Login("nobody", Password, code, Start));
        Assert.Equal(LoginOutcome.Refused, login.Login("ana.k", Password, null, Start));
        Assert.Equal(LoginOutcome.Succeeded, login.Login("ana.k", Password, code, Start));
        Assert.Equal(LoginOutcome.Refused, login.Login("ana.k", Password, code, Start.AddSeconds(5)));
        Assert.Equal(LoginOutcome.MfaEnrolmentRequired, login.Login("new.user", Password, null, Start));
        Assert.Equal(LoginOutcome.Disabled, login.Login("gone", Password, code, Start));
    }
}
