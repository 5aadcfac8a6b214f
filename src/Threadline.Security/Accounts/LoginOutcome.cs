namespace Threadline.Security.Accounts;

/// <summary>How a login ended. A shell shows the same words for <see cref="Refused"/> whatever the cause.</summary>
public enum LoginOutcome
{
    /// <summary>Password and code right: the user is in.</summary>
    Succeeded,

    /// <summary>Unknown user, wrong password or wrong code (not told apart, so names cannot be probed).</summary>
    Refused,

    /// <summary>Too many failures: refused until the lock ends, even with the right password.</summary>
    LockedOut,

    /// <summary>The account is disabled.</summary>
    Disabled,

    /// <summary>Password right but no TOTP secret is enrolled: the user must enrol before anything else.</summary>
    MfaEnrolmentRequired,
}
