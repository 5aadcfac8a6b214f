using System.Text;

namespace Threadline.Security.Accounts;

/// <summary>
/// An account. <see cref="PasswordHash"/> and <see cref="TotpSecret"/> are secrets: <see cref="ToString"/> never shows
/// them, and nothing that prints or logs an account may either.
/// </summary>
public sealed record UserAccount
{
    /// <summary>Longest user name.</summary>
    public const int MaxName = 64;

    /// <summary>The login name: 1 to 64 letters, digits, '.', '_', '-' or '@'.</summary>
    public required string Name { get; init; }

    /// <summary>The user's roles (at least one).</summary>
    public required IReadOnlySet<Role> Roles { get; init; }

    /// <summary>The password hash (<see cref="PasswordHashing"/>); a secret.</summary>
    public required string PasswordHash { get; init; }

    /// <summary>The TOTP shared secret; a secret. Empty until enrolled.</summary>
    public byte[] TotpSecret { get; init; } = [];

    /// <summary>The last TOTP time step accepted, so a code is never accepted twice.</summary>
    public long LastTotpStep { get; init; } = -1;

    /// <summary>Failed logins since the last success.</summary>
    public int Failures { get; init; }

    /// <summary>Until when logins are refused after too many failures; null when not locked.</summary>
    public DateTimeOffset? LockedUntil { get; init; }

    /// <summary>Whether an admin disabled the account.</summary>
    public bool Disabled { get; init; }

    /// <summary>When the account was made.</summary>
    public DateTimeOffset Created { get; init; }

    /// <summary>True when a TOTP secret is enrolled.</summary>
    public bool HasMfa => TotpSecret.Length > 0;

    /// <summary>True when a login would be refused for lockout at <paramref name="now"/>.</summary>
    public bool IsLockedAt(DateTimeOffset now) => LockedUntil is { } until && until > now;

    /// <summary>Whether <paramref name="name"/> is a valid user name.</summary>
    public static bool IsValidName(string? name) =>
        !string.IsNullOrEmpty(name) && name.Length <= MaxName && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' or '@');

    /// <summary>The account without its secrets.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append("UserAccount { Name = ").Append(Name)
            .Append(", Roles = ").Append(string.Join(',', Roles.Order().Select(Accounts.Roles.Name)))
            .Append(", Mfa = ").Append(HasMfa ? "enrolled" : "none")
            .Append(", Disabled = ").Append(Disabled ? "yes" : "no")
            .Append(" }");
        return text.ToString();
    }

    /// <inheritdoc />
    public bool Equals(UserAccount? other) =>
        other is not null && Name == other.Name && Roles.SetEquals(other.Roles) && PasswordHash == other.PasswordHash
        && TotpSecret.AsSpan().SequenceEqual(other.TotpSecret) && LastTotpStep == other.LastTotpStep && Failures == other.Failures
        && LockedUntil == other.LockedUntil && Disabled == other.Disabled && Created == other.Created;

    /// <inheritdoc />
    public override int GetHashCode() => Name.GetHashCode(StringComparison.Ordinal);
}
