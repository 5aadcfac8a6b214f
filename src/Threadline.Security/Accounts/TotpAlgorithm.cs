namespace Threadline.Security.Accounts;

/// <summary>The HMAC a TOTP code is computed with (RFC 6238 section 1.2).</summary>
public enum TotpAlgorithm
{
    /// <summary>HMAC-SHA-1, what authenticator apps assume.</summary>
    Sha1,

    /// <summary>HMAC-SHA-256.</summary>
    Sha256,

    /// <summary>HMAC-SHA-512.</summary>
    Sha512,
}
