namespace Threadline.Money;

/// <summary>ISO 4217 minor-unit exponents (2 unless listed).</summary>
public static class Currencies
{
    private static readonly Dictionary<string, int> Exponents = new(StringComparer.Ordinal)
    {
        ["BIF"] = 0, ["CLP"] = 0, ["DJF"] = 0, ["GNF"] = 0, ["ISK"] = 0, ["JPY"] = 0, ["KMF"] = 0, ["KRW"] = 0,
        ["PYG"] = 0, ["RWF"] = 0, ["UGX"] = 0, ["UYI"] = 0, ["VND"] = 0, ["VUV"] = 0, ["XAF"] = 0, ["XOF"] = 0, ["XPF"] = 0,
        ["BHD"] = 3, ["IQD"] = 3, ["JOD"] = 3, ["KWD"] = 3, ["LYD"] = 3, ["OMR"] = 3, ["TND"] = 3,
    };

    /// <summary>
    /// Largest amount a bank file may state (10^15, a quadrillion): ISO 20022 amounts have at most 18 digits,
    /// and any amount in minor units must fit a 64-bit integer.
    /// </summary>
    public const decimal MaxAmount = 1_000_000_000_000_000m;

    /// <summary>Digits after the decimal point for a currency code.</summary>
    public static int Exponent(string? currency) => currency is not null && Exponents.TryGetValue(currency, out var e) ? e : 2;

    /// <summary>Amount in minor units, truncated toward zero (as ISO 4217 prescribes no rounding here).</summary>
    public static long ToMinorUnits(decimal amount, string? currency)
    {
        var factor = Exponent(currency) switch { 0 => 1m, 3 => 1000m, _ => 100m };
        return (long)decimal.Truncate(amount * factor);
    }

    /// <summary>Amount in minor units for a currency given as a span (no allocation for the usual codes).</summary>
    public static long ToMinorUnits(decimal amount, ReadOnlySpan<char> currency)
    {
        if (currency.IsEmpty || currency.SequenceEqual("EUR") || currency.SequenceEqual("USD") || currency.SequenceEqual("GBP") || currency.SequenceEqual("CHF"))
        {
            return (long)decimal.Truncate(amount * 100m);
        }

        return ToMinorUnits(amount, currency.ToString());
    }

    /// <summary>True for a three-letter upper-case code.</summary>
    public static bool IsCode(string? code) => code is { Length: 3 } && code.All(char.IsAsciiLetterUpper);
}
