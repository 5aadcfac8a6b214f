namespace Threadline.Security.Accounts;

/// <summary>
/// Checks a login against the stored account, in one call (<see cref="Login"/>) or in two steps as the web app asks
/// (<see cref="CheckPassword"/>, then <see cref="CheckCode"/>), and keeps the lockout count: after
/// <see cref="MaxFailures"/> failures in a row (wrong password or wrong code) the account is locked for
/// <see cref="LockoutDuration"/>. Counting is one statement in the store, so concurrent guesses are all counted. An
/// unknown user costs a hash like a known one and gets the same answer.
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

    /// <summary>Checks one login (password and code together) at <paramref name="now"/>.</summary>
    public LoginOutcome Login(string name, string password, string? totpCode, DateTimeOffset now)
    {
        var first = CheckPassword(name, password, now);
        return first == LoginOutcome.CodeRequired ? CheckCode(name, totpCode, now) : first;
    }

    /// <summary>
    /// The first step: the password. <see cref="LoginOutcome.CodeRequired"/> when it is right and a TOTP secret is
    /// enrolled, <see cref="LoginOutcome.MfaEnrolmentRequired"/> when it is right and none is.
    /// </summary>
    public LoginOutcome CheckPassword(string name, string? password, DateTimeOffset now)
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
            return Fail(user.Name, now);
        }

        return user.HasMfa ? LoginOutcome.CodeRequired : LoginOutcome.MfaEnrolmentRequired;
    }

    /// <summary>The second step: the TOTP code of a user whose password was accepted. A code is accepted once only.</summary>
    public LoginOutcome CheckCode(string name, string? totpCode, DateTimeOffset now)
    {
        var user = UserAccount.IsValidName(name) ? _store.FindUser(name) : null;
        if (user is null)
        {
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

        if (!user.HasMfa)
        {
            return LoginOutcome.MfaEnrolmentRequired;
        }

        if (Totp.Match(user.TotpSecret, totpCode, now, user.LastTotpStep) is not { } step)
        {
            return Fail(user.Name, now);
        }

        // Another login may have used this very code a moment ago: the store only accepts a later step.
        return _store.RecordLoginSuccess(user.Name, step) ? LoginOutcome.Succeeded : Fail(user.Name, now);
    }

    /// <summary>
    /// Completes a first enrolment: the code must match <paramref name="secret"/> (the one shown to the user); the secret
    /// is then stored, unless one was enrolled meanwhile. A wrong code counts as a failure.
    /// </summary>
    public LoginOutcome Enrol(string name, byte[] secret, string? totpCode, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(secret);
        var user = UserAccount.IsValidName(name) ? _store.FindUser(name) : null;
        if (user is null || user.HasMfa || secret.Length == 0)
        {
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

        if (Totp.Match(secret, totpCode, now, -1) is not { } step)
        {
            return Fail(user.Name, now);
        }

        return _store.EnrolTotp(user.Name, secret, step) ? LoginOutcome.Succeeded : LoginOutcome.Refused;
    }

    private LoginOutcome Fail(string name, DateTimeOffset now) =>
        _store.RecordLoginFailure(name, MaxFailures, now + LockoutDuration) ? LoginOutcome.LockedOut : LoginOutcome.Refused;
}
