using Microsoft.AspNetCore.Identity;

namespace Threadline.Security.Accounts;

/// <summary>
/// Password hashes by ASP.NET Core Identity's hasher (PBKDF2 with HMAC-SHA512, a random salt, 100,000 iterations in
/// its version 3 format), and the password rules: 12 to 1,024 characters, not all the same character.
/// </summary>
public static class PasswordHashing
{
    /// <summary>Shortest password accepted.</summary>
    public const int MinLength = 12;

    /// <summary>Longest password accepted (hashing is slow on purpose; this bounds it).</summary>
    public const int MaxLength = 1024;

    private static readonly PasswordHasher<string> Hasher = new();

    /// <summary>Why a password is refused, or null when it is acceptable. Never includes the password.</summary>
    public static string? Weakness(string? password)
    {
        if (string.IsNullOrEmpty(password) || password.Length < MinLength)
        {
            return $"a password needs at least {MinLength} characters";
        }

        if (password.Length > MaxLength)
        {
            return $"a password may have at most {MaxLength} characters";
        }

        return password.Distinct().Count() < 4 ? "a password needs at least 4 different characters" : null;
    }

    /// <summary>The hash to store for a password.</summary>
    /// <exception cref="ArgumentException">The password is refused (<see cref="Weakness"/>).</exception>
    public static string Hash(string password)
    {
        if (Weakness(password) is { } why)
        {
            throw new ArgumentException(why, nameof(password));
        }

        return Hasher.HashPassword(string.Empty, password);
    }

    /// <summary>True when the password matches the stored hash.</summary>
    public static bool Verify(string storedHash, string? password)
    {
        if (string.IsNullOrEmpty(storedHash) || string.IsNullOrEmpty(password) || password.Length > MaxLength)
        {
            return false;
        }

        try
        {
            return Hasher.VerifyHashedPassword(string.Empty, storedHash, password) != PasswordVerificationResult.Failed;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
