using Threadline.Simulation.Core;

namespace Threadline.Simulation.Phones;

/// <summary>A synthetic mobile number: its country and national significant number (NSN).</summary>
internal sealed record PhoneNumber(string Country, string Cc, string Trunk, string Nsn)
{
    public string E164 => "+" + Cc + Nsn;

    public string National => Trunk + Nsn;

    /// <summary>A random mobile number in a range libphonenumber's metadata accepts as valid mobile for the country.</summary>
    public static PhoneNumber Mobile(Rng rng, CountryInfo country)
    {
        var prefix = rng.Pick(country.Mobile);
        var digits = new char[country.MobileLength];
        prefix.AsSpan().CopyTo(digits);
        for (var i = prefix.Length; i < digits.Length; i++)
        {
            digits[i] = (char)('0' + rng.Next(10));
        }

        return new PhoneNumber(country.Code, country.Cc, country.Trunk, new string(digits));
    }

    /// <summary>Digit groups as people write this country's numbers (national form when <paramref name="national"/>).</summary>
    public IReadOnlyList<string> Groups(bool national, Rng rng)
    {
        var n = Nsn;
        var pattern = (Country, national) switch
        {
            ("BE", true) => rng.Chance(0.7) ? new[] { 4, 2, 2, 2 } : new[] { 4, 3, 3 },
            ("BE", false) => new[] { 3, 2, 2, 2 },
            ("NL", true) => rng.Chance(0.6) ? new[] { 2, 8 } : new[] { 2, 4, 4 },
            ("NL", false) => new[] { 1, 8 },
            ("FR", true) => new[] { 2, 2, 2, 2, 2 },
            ("FR", false) => new[] { 1, 2, 2, 2, 2 },
            ("ES", _) => rng.Chance(0.6) ? new[] { 3, 3, 3 } : new[] { 3, 2, 2, 2 },
            ("DE", true) => rng.Chance(0.6) ? new[] { 4, n.Length - 3 } : new[] { 4, 3, n.Length - 6 },
            ("DE", false) => new[] { 3, n.Length - 3 },
            ("IT", _) => new[] { 3, 3, n.Length - 6 },
            _ => new[] { n.Length },
        };
        var text = national ? National : Nsn;
        var groups = new List<string>(pattern.Length);
        var pos = 0;
        foreach (var len in pattern)
        {
            if (pos >= text.Length)
            {
                break;
            }

            var take = Math.Min(len, text.Length - pos);
            groups.Add(text.Substring(pos, take));
            pos += take;
        }

        if (pos < text.Length)
        {
            groups[^1] += text[pos..];
        }

        return groups;
    }
}
