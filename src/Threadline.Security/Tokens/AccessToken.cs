namespace Threadline.Security.Tokens;

/// <summary>
/// A sign-in for the command line, as the accounts store keeps it: whose it is, the SHA-256 of its secret (never the
/// secret), the user's session stamp when it was issued (so <c>users revoke</c> ends it with the web sessions), when it
/// ends, a label saying what it is for, and whether it was revoked.
/// </summary>
/// <param name="Id">Public part of the token (base-32), the key it is found by.</param>
/// <param name="User">The account it acts as.</param>
/// <param name="SecretHash">SHA-256 of the secret part, lower-case hex.</param>
/// <param name="SessionStamp">The account's session stamp when issued; a later stamp ends the token.</param>
/// <param name="Created">When it was issued.</param>
/// <param name="Expires">When it stops working.</param>
/// <param name="Label">What it is for ("login", "nightly ingest"…).</param>
/// <param name="Revoked">Whether it was revoked (<c>logout</c>, <c>users token revoke</c>).</param>
public sealed record AccessToken(string Id, string User, string SecretHash, long SessionStamp, DateTimeOffset Created, DateTimeOffset Expires, string Label, bool Revoked = false);
