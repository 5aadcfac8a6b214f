namespace Threadline.Security.Accounts;

/// <summary>
/// Checks a login (password, then TOTP code) against the stored account and keeps the lockout count: after
/// <see cref="MaxFailures"/> failures in a row the account is locked for <see cref="LockoutDuration"/>. An unknown user
/// costs a hash like a known one and gets the same answer.
/// </summary>
public sealed class Authenticator
{
    /// <summary>Failures in a row that lock an account.</summary>
    public const int MaxFailures = 5;

    private static readonly string DummyHash = PasswordHashing.Hash("threadline-no-such-user-" + Guid.NewGuid().ToString("N"));
    private readonly ISecurityStore _store;

    public Authenticator(ISecurityStore store)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
    }

    /// <summary>How long a lock lasts.</summary>
    public TimeSpan LockoutDuration { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>Checks one login at <paramref name="now"/>.</summary>
    public LoginOutcome Login(string name, string password, string? totpCode, DateTimeOffset now)
    {
        var user = UserAccount.IsValidName(name) ? _store.FindUser(name) : null;
        if (user is null)
        {
            _ = PasswordHashing.Verify(DummyHash, password);
            return LoginOutcome.Refused;
        }

        if (user.Disabled)
        {
            return LoginOutcome.Disabled;
        }

        if (user.IsLockedAt(now))
        {
            return LoginOutcome.LockedOut;
        }

        if (!PasswordHashing.Verify(user.PasswordHash, password))
        {
            return Fail(user, now);
        }

        if (!user.HasMfa)
        {
            return LoginOutcome.MfaEnrolmentRequired;
        }

        if (Totp.Match(user.TotpSecret, totpCode, now, user.LastTotpStep) is not { } step)
        {
            return Fail(user, now);
        }

        _store.UpdateUser(user with { Failures = 0, LockedUntil = null, LastTotpStep = step });
        return LoginOutcome.Succeeded;
    }

    private LoginOutcome Fail(UserAccount user, DateTimeOffset now)
    {
        var failures = user.Failures + 1;
        var locked = failures >= MaxFailures;
        _store.UpdateUser(user with { Failures = locked ? 0 : failures, LockedUntil = locked ? now + LockoutDuration : user.LockedUntil });
        return locked ? LoginOutcome.LockedOut : LoginOutcome.Refused;
    }
}
