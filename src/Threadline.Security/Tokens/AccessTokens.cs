using System.Security.Cryptography;
using System.Text;
using Threadline.Security.Accounts;

namespace Threadline.Security.Tokens;

/// <summary>
/// Issues and checks command-line tokens (<c>tl1_ID_SECRET</c>): an 80-bit public id and a 256-bit secret, both
/// base-32. Only the SHA-256 of the secret is stored (a secret of that strength needs no slow hash), compared in
/// constant time. A token works while it is unexpired and unrevoked, its account exists, is enabled and unlocked, and
/// the account's session stamp is the one it was issued under.
/// </summary>
public static class AccessTokens
{
    /// <summary>The text every token starts with.</summary>
    public const string Prefix = "tl1_";

    /// <summary>Longest token text accepted (a real one is 4 + 16 + 1 + 52 = 73 characters).</summary>
    public const int MaxText = 128;

    /// <summary>Longest lifetime: a token is a bearer secret, so it does not live for ever.</summary>
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromDays(90);

    /// <summary>Lifetime of a <c>threadline login</c>: a working day, as the web's longest session.</summary>
    public static readonly TimeSpan LoginLifetime = TimeSpan.FromHours(12);

    /// <summary>Longest label.</summary>
    public const int MaxLabel = 100;

    /// <summary>Makes a token for <paramref name="user"/>; the caller stores <see cref="IssuedToken.Token"/> and hands out <see cref="IssuedToken.Text"/>.</summary>
    /// <exception cref="ArgumentException">A lifetime not above zero or over <see cref="MaxLifetime"/>, or a bad label.</exception>
    public static IssuedToken Issue(UserAccount user, DateTimeOffset now, TimeSpan lifetime, string label)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(label);
        if (lifetime <= TimeSpan.Zero || lifetime > MaxLifetime)
        {
            throw new ArgumentException($"a token lives more than 0 and at most {MaxLifetime.TotalDays:0} days", nameof(lifetime));
        }

        if (label.Length > MaxLabel || label.Any(char.IsControl))
        {
            throw new ArgumentException($"a token label has at most {MaxLabel} characters and no control characters", nameof(label));
        }

        var id = Base32.Encode(RandomNumberGenerator.GetBytes(10)).ToLowerInvariant();
        var secret = Base32.Encode(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').ToLowerInvariant();
        var token = new AccessToken(id, user.Name, Hash(secret), user.SessionStamp, now, now + lifetime, label);
        return new IssuedToken(token, Prefix + id + "_" + secret);
    }

    /// <summary>Checks a presented token against the store at <paramref name="now"/>.</summary>
    public static TokenCheck Check(ISecurityStore store, string? text, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (!TryParse(text, out var id, out var secret))
        {
            return TokenCheck.Refused("that is not a Threadline token (tl1_…)");
        }

        var token = store.FindToken(id);
        if (token is null || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(secret)), Encoding.ASCII.GetBytes(token.SecretHash)))
        {
            return TokenCheck.Refused("the token is not known to this accounts store");
        }

        if (token.Revoked)
        {
            return TokenCheck.Refused("the token was revoked: sign in again (threadline login)", token);
        }

        if (token.Expires <= now)
        {
            return TokenCheck.Refused("the token has expired: sign in again (threadline login)", token);
        }

        var user = store.FindUser(token.User);
        if (user is null || user.Disabled)
        {
            return TokenCheck.Refused("the token's account is disabled or gone", token);
        }

        if (user.IsLockedAt(now))
        {
            return TokenCheck.Refused("the token's account is locked", token);
        }

        if (user.SessionStamp != token.SessionStamp)
        {
            return TokenCheck.Refused("the account's sessions were ended by an admin: sign in again (threadline login)", token);
        }

        return new TokenCheck(user, token, string.Empty);
    }

    /// <summary>Splits <c>tl1_ID_SECRET</c>; false for anything else (bounded, ASCII base-32 only).</summary>
    public static bool TryParse(string? text, out string id, out string secret)
    {
        id = secret = string.Empty;
        text = text?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > MaxText || !text.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var parts = text[Prefix.Length..].Split('_');
        if (parts.Length != 2 || parts[0].Length != 16 || parts[1].Length is < 40 or > 64 || !parts.All(IsBase32))
        {
            return false;
        }

        id = parts[0];
        secret = parts[1];
        return true;
    }

    private static bool IsBase32(string part) => part.All(c => c is (>= 'a' and <= 'z') or (>= '2' and <= '7'));

    private static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(secret)));
}
