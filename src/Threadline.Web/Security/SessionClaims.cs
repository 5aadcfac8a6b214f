namespace Threadline.Web.Security;

/// <summary>The claims a session cookie carries (encrypted with the data-protection keys).</summary>
public static class SessionClaims
{
    /// <summary>How far the login went: <see cref="PasswordStage"/>, <see cref="EnrolStage"/> or <see cref="Verified"/>.</summary>
    public const string Stage = "tl:stage";

    /// <summary>Password accepted; the TOTP code is asked next.</summary>
    public const string PasswordStage = "password";

    /// <summary>Password accepted, no TOTP secret yet: enrolment is next.</summary>
    public const string EnrolStage = "enrol";

    /// <summary>Password and TOTP code accepted: a full session.</summary>
    public const string Verified = "verified";

    /// <summary>The account's session stamp when the session was issued.</summary>
    public const string Stamp = "tl:stamp";

    /// <summary>When the login (or the login step) happened, Unix milliseconds.</summary>
    public const string Issued = "tl:issued";

    /// <summary>The active case reference.</summary>
    public const string Case = "tl:case";

    /// <summary>The TOTP secret being enrolled (base 32), only during <see cref="EnrolStage"/>.</summary>
    public const string PendingSecret = "tl:enrol";

    /// <summary>The policy every endpoint needs unless it allows anonymous access.</summary>
    public const string VerifiedPolicy = "verified-session";
}
