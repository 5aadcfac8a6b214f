using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;

namespace Threadline.Security.Accounts;

/// <summary>
/// Time-based one-time passwords (RFC 6238 over RFC 4226's HOTP): the time step is the Unix time divided by the
/// period; the code is the dynamically truncated HMAC of the step, modulo 10^digits. Threadline enrols SHA-1, 6 digits,
/// 30 seconds (what authenticator apps read from an otpauth URI) and accepts one step either side for clock drift.
/// </summary>
public static class Totp
{
    /// <summary>Seconds per step.</summary>
    public const int Period = 30;

    /// <summary>Digits per code.</summary>
    public const int Digits = 6;

    /// <summary>Steps accepted either side of now.</summary>
    public const int Drift = 1;

    /// <summary>The time step of a moment.</summary>
    public static long Step(DateTimeOffset at, int period = Period) => Math.DivRem(at.ToUnixTimeSeconds(), period).Quotient;

    /// <summary>The code for a time step.</summary>
    public static string Code(ReadOnlySpan<byte> secret, long step, int digits = Digits, TotpAlgorithm algorithm = TotpAlgorithm.Sha1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(digits, 6);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(digits, 9);
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        Span<byte> mac = stackalloc byte[64];
        var length = algorithm switch
        {
            TotpAlgorithm.Sha1 => HMACSHA1.HashData(secret, counter, mac),
            TotpAlgorithm.Sha256 => HMACSHA256.HashData(secret, counter, mac),
            TotpAlgorithm.Sha512 => HMACSHA512.HashData(secret, counter, mac),
            _ => throw new ArgumentOutOfRangeException(nameof(algorithm)),
        };
        var offset = mac[length - 1] & 0x0f;
        var binary = (BinaryPrimitives.ReadInt32BigEndian(mac.Slice(offset, 4)) & 0x7fffffff) % Pow10(digits);
        return binary.ToString(CultureInfo.InvariantCulture).PadLeft(digits, '0');
    }

    /// <summary>
    /// The time step a typed code matches, within <see cref="Drift"/> steps of <paramref name="now"/> and after
    /// <paramref name="lastUsedStep"/> (so a code is never accepted twice), or null.
    /// </summary>
    public static long? Match(ReadOnlySpan<byte> secret, string? code, DateTimeOffset now, long lastUsedStep)
    {
        if (secret.IsEmpty || code is null || code.Length != Digits || !code.All(char.IsAsciiDigit))
        {
            return null;
        }

        var current = Step(now);
        long? matched = null;
        for (var step = current - Drift; step <= current + Drift; step++)
        {
            // Compare every candidate in constant time and without stopping early.
            var candidate = Code(secret, step);
            if (CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(candidate), System.Text.Encoding.ASCII.GetBytes(code)) && step > lastUsedStep)
            {
                matched ??= step;
            }
        }

        return matched;
    }

    private static int Pow10(int digits)
    {
        var value = 1;
        for (var i = 0; i < digits; i++)
        {
            value *= 10;
        }

        return value;
    }
}
