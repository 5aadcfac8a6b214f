using System.Globalization;
using System.Text;
using Threadline.Simulation.Core;

namespace Threadline.Simulation.Money;

/// <summary>
/// Synthetic IBANs (ISO 13616) with valid mod-97 check digits and, where the country defines one, the
/// national check digits (BE, FR RIB key, ES DC, IT CIN). Bank codes are fictional.
/// </summary>
public static class Iban
{
    private static readonly int[] CinOdd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];

    internal static string Create(Rng rng, string country)
    {
        var bban = country switch
        {
            "BE" => Be(rng),
            "NL" => "TLNB" + Digits(rng, 10),
            "FR" => Fr(rng),
            "ES" => Es(rng),
            "DE" => "5" + Digits(rng, 7) + Digits(rng, 10),
            "IT" => It(rng),
            "IE" => "TLIE" + Digits(rng, 6) + Digits(rng, 8),
            _ => throw new ArgumentOutOfRangeException(nameof(country), country, "no IBAN format for this country"),
        };
        return country + CheckDigits(country, bban) + bban;
    }

    /// <summary>True when <paramref name="iban"/> has a valid ISO 13616 mod-97 check.</summary>
    public static bool IsValid(string iban)
    {
        ArgumentNullException.ThrowIfNull(iban);
        if (iban.Length < 15 || iban.Length > 34)
        {
            return false;
        }

        return Mod97(iban[4..] + iban[..4]) == 1;
    }

    private static string CheckDigits(string country, string bban)
    {
        var check = 98 - Mod97(bban + country + "00");
        return check.ToString("00", CultureInfo.InvariantCulture);
    }

    private static int Mod97(string s)
    {
        var rem = 0;
        foreach (var c in s)
        {
            if (c is >= '0' and <= '9')
            {
                rem = ((rem * 10) + (c - '0')) % 97;
            }
            else if (c is >= 'A' and <= 'Z')
            {
                rem = ((rem * 100) + (c - 'A' + 10)) % 97;
            }
            else
            {
                return -1;
            }
        }

        return rem;
    }

    private static string Digits(Rng rng, int n)
    {
        var sb = new StringBuilder(n);
        for (var i = 0; i < n; i++)
        {
            sb.Append((char)('0' + rng.Next(10)));
        }

        return sb.ToString();
    }

    private static string Be(Rng rng)
    {
        var first = Digits(rng, 10);
        var check = (int)(long.Parse(first, CultureInfo.InvariantCulture) % 97);
        return first + (check == 0 ? 97 : check).ToString("00", CultureInfo.InvariantCulture);
    }

    private static string Fr(Rng rng)
    {
        var bank = "3" + Digits(rng, 4);
        var branch = Digits(rng, 5);
        var account = Digits(rng, 11);
        // RIB key: 97 - ((89 * bank + 15 * branch + 3 * account) mod 97), account all digits here.
        var sum = ((89 * long.Parse(bank, CultureInfo.InvariantCulture)) + (15 * long.Parse(branch, CultureInfo.InvariantCulture)) + (3 * (long.Parse(account, CultureInfo.InvariantCulture) % 97))) % 97;
        return bank + branch + account + (97 - sum).ToString("00", CultureInfo.InvariantCulture);
    }

    private static string Es(Rng rng)
    {
        var bank = "0" + Digits(rng, 3);
        var branch = Digits(rng, 4);
        var account = Digits(rng, 10);
        return bank + branch + EsDigit("00" + bank + branch) + EsDigit(account) + account;
    }

    private static char EsDigit(string ten)
    {
        int[] weights = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
        var sum = 0;
        for (var i = 0; i < 10; i++)
        {
            sum += (ten[i] - '0') * weights[i];
        }

        var d = 11 - (sum % 11);
        return (char)('0' + (d == 11 ? 0 : d == 10 ? 1 : d));
    }

    private static string It(Rng rng)
    {
        var rest = "0" + Digits(rng, 4) + Digits(rng, 5) + Digits(rng, 12);
        var sum = 0;
        for (var i = 0; i < rest.Length; i++)
        {
            var v = rest[i] - '0';
            // Positions are 1-based in the CIN rule: odd positions use the odd table.
            sum += i % 2 == 0 ? CinOdd[v] : v;
        }

        return (char)('A' + (sum % 26)) + rest;
    }
}
