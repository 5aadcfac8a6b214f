using Threadline.Security.Accounts;

namespace Threadline.Storage.Compliance;

public abstract partial class SecurityStoreCompliance
{
    [ComplianceFact]
    public void Concurrent_failed_logins_on_two_handles_are_all_counted_and_lock_once()
    {
        var store = NewStore();
        store.AddUser(User("ana.k", Role.Analyst) with { TotpSecret = [1, 2, 3] });
        var second = Second(store);
        var locks = 0;
        Parallel.For(0, Authenticator.MaxFailures * 2, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            if ((i % 2 == 0 ? store : second).RecordLoginFailure("ana.k", Authenticator.MaxFailures, Start.AddMinutes(15)))
            {
                Interlocked.Increment(ref locks);
            }
        });
        // Ten failures, counted one by one: the fifth and the tenth lock; the count starts again after each lock.
        Assert.Equal(2, locks);
        var user = store.FindUser("ana.k")!;
        Assert.Equal(0, user.Failures);
        Assert.Equal(Start.AddMinutes(15), user.LockedUntil);
        Assert.False(store.RecordLoginFailure("nobody", Authenticator.MaxFailures, Start));
    }

    [ComplianceFact]
    public void A_login_success_clears_the_failures_and_a_code_step_is_accepted_once()
    {
        var store = NewStore();
        store.AddUser(User("ana.k", Role.Analyst) with { TotpSecret = [1, 2, 3], Failures = 3, LockedUntil = Start, LastTotpStep = 10 });
        Assert.False(store.RecordLoginSuccess("ana.k", 10));
        Assert.True(store.RecordLoginSuccess("ana.k", 11));
        Assert.False(store.RecordLoginSuccess("ana.k", 11));
        var user = store.FindUser("ana.k")!;
        Assert.Equal((0, null, 11L), (user.Failures, user.LockedUntil, user.LastTotpStep));
        Assert.False(store.RecordLoginSuccess("nobody", 99));
    }

    [ComplianceFact]
    public void A_first_totp_secret_is_enrolled_once()
    {
        var store = NewStore();
        store.AddUser(User("new.user", Role.Analyst));
        Assert.False(store.EnrolTotp("new.user", [], 5));
        Assert.True(store.EnrolTotp("new.user", [9, 8, 7], 5));
        Assert.False(store.EnrolTotp("new.user", [1, 1, 1], 6));
        var user = store.FindUser("new.user")!;
        Assert.Equal([9, 8, 7], user.TotpSecret);
        Assert.Equal(5, user.LastTotpStep);
    }

    [ComplianceFact]
    public void Revoking_sessions_bumps_the_stamp_which_an_account_update_keeps()
    {
        var store = NewStore();
        store.AddUser(User("ana.k", Role.Analyst));
        Assert.Equal(0, store.FindUser("ana.k")!.SessionStamp);
        Assert.Equal(1, store.RevokeSessions("ana.k"));
        Assert.Equal(2, Second(store).RevokeSessions("ana.k"));
        var user = store.FindUser("ana.k")!;
        Assert.Equal(2, user.SessionStamp);
        store.UpdateUser(user with { Disabled = true, SessionStamp = 0 });
        Assert.Equal(2, store.FindUser("ana.k")!.SessionStamp);
        Assert.Throws<KeyNotFoundException>(() => store.RevokeSessions("ghost"));
    }

    [ComplianceFact]
    public void Cases_are_registered_updated_listed_and_removed()
    {
        var store = NewStore();
        var one = new RegisteredCase("CASE-B", "/srv/b.db", "Operation B", Start);
        store.RegisterCase(one);
        store.RegisterCase(new RegisteredCase("CASE-A", "postgres://u@h:5432/db?workspace=a", "Operation A", Start));
        store.RegisterCase(one with { Title = "Operation B (joint)" });
        Assert.Equal(["CASE-A", "CASE-B"], store.Cases().Select(c => c.Reference).ToArray());
        Assert.Equal(one with { Title = "Operation B (joint)" }, store.FindCase("CASE-B"));
        Assert.Null(store.FindCase("CASE-C"));
        Assert.True(store.RemoveCase("CASE-B"));
        Assert.False(store.RemoveCase("CASE-B"));
        Assert.Throws<ArgumentException>(() => store.RegisterCase(one with { Reference = "" }));
        Assert.Throws<ArgumentException>(() => store.RegisterCase(one with { Workspace = " " }));
        Assert.Throws<ArgumentException>(() => store.RegisterCase(one with { Title = "a\nb" }));
    }
}
