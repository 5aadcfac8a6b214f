using System.Globalization;

namespace Threadline.Money;

/// <summary>
/// IBAN normalisation and validation (ISO 13616: two letters, two check digits, up to 30
/// alphanumerics; valid when the mod-97 check of ISO 7064 gives 1).
/// </summary>
public static class Iban
{
    /// <summary>Upper-cases and removes spaces, dashes and dots; returns null when nothing is left.</summary>
    public static string? Normalize(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        Span<char> buffer = value.Length <= 64 ? stackalloc char[value.Length] : new char[value.Length];
        var n = 0;
        foreach (var c in value)
        {
            if (c is ' ' or '-' or '.' or '\u00a0' or '\t')
            {
                continue;
            }

            buffer[n++] = char.ToUpperInvariant(c);
        }

        return n == 0 ? null : new string(buffer[..n]);
    }

    /// <summary>True when <paramref name="value"/> (normalised or not) is a well-formed IBAN with a correct mod-97 check.</summary>
    public static bool IsValid(string? value)
    {
        var iban = Normalize(value);
        if (iban is null || iban.Length < 15 || iban.Length > 34)
        {
            return false;
        }

        if (!char.IsAsciiLetterUpper(iban[0]) || !char.IsAsciiLetterUpper(iban[1]) || !char.IsAsciiDigit(iban[2]) || !char.IsAsciiDigit(iban[3]))
        {
            return false;
        }

        // ISO 7064 MOD 97-10: move the first four characters to the end, letters become 10..35.
        var remainder = 0;
        for (var i = 0; i < iban.Length; i++)
        {
            var c = iban[(i + 4) % iban.Length];
            if (char.IsAsciiDigit(c))
            {
                remainder = ((remainder * 10) + (c - '0')) % 97;
            }
            else if (char.IsAsciiLetterUpper(c))
            {
                remainder = ((remainder * 100) + (c - 'A' + 10)) % 97;
            }
            else
            {
                return false;
            }
        }

        return remainder == 1;
    }

    /// <summary>The normalised IBAN when valid, else null.</summary>
    public static string? TryNormalize(string? value)
    {
        var iban = Normalize(value);
        return iban is not null && IsValid(iban) ? iban : null;
    }

    /// <summary>The ISO 3166-1 country code of a normalised IBAN-shaped identifier, else null.</summary>
    public static string? Country(string? iban)
    {
        return iban is { Length: >= 4 } && char.IsAsciiLetterUpper(iban[0]) && char.IsAsciiLetterUpper(iban[1]) && char.IsAsciiDigit(iban[2]) && char.IsAsciiDigit(iban[3])
            ? iban[..2]
            : null;
    }

    /// <summary>Makes a valid IBAN from a country code and a basic bank account number (computes the check digits).</summary>
    public static string Create(string country, string bban)
    {
        ArgumentNullException.ThrowIfNull(country);
        ArgumentNullException.ThrowIfNull(bban);
        var rearranged = bban.ToUpperInvariant() + country.ToUpperInvariant() + "00";
        var remainder = 0;
        foreach (var c in rearranged)
        {
            remainder = char.IsAsciiDigit(c) ? ((remainder * 10) + (c - '0')) % 97 : ((remainder * 100) + (c - 'A' + 10)) % 97;
        }

        var check = 98 - remainder;
        return country.ToUpperInvariant() + check.ToString("00", CultureInfo.InvariantCulture) + bban.ToUpperInvariant();
    }
}
