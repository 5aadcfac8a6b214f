namespace Threadline.Cases.Victims;

/// <summary>
/// The pseudonymous id of a victim record, the only way a victim is named outside the record: "V-" and eight
/// Crockford base-32 characters (40 random bits), e.g. "V-7K3Q9M2T". It carries nothing about the person.
/// </summary>
public sealed record VictimPseudonym
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private VictimPseudonym(string value) => Value = value;

    public string Value { get; }

    /// <summary>Makes a pseudonym from five random bytes (the caller draws them, e.g. from RandomNumberGenerator).</summary>
    public static VictimPseudonym FromRandom(ReadOnlySpan<byte> fiveBytes)
    {
        if (fiveBytes.Length != 5)
        {
            throw new ArgumentException("a pseudonym is made from exactly 5 random bytes", nameof(fiveBytes));
        }

        ulong bits = 0;
        foreach (var b in fiveBytes)
        {
            bits = (bits << 8) | b;
        }

        Span<char> chars = stackalloc char[10];
        chars[0] = 'V';
        chars[1] = '-';
        for (var i = 9; i >= 2; i--)
        {
            chars[i] = Alphabet[(int)(bits & 31)];
            bits >>= 5;
        }

        return new VictimPseudonym(new string(chars));
    }

    /// <summary>Parses "V-XXXXXXXX" (Crockford base 32, upper case).</summary>
    public static VictimPseudonym Parse(string text)
    {
        var t = (text ?? string.Empty).Trim();
        if (t.Length != 10 || !t.StartsWith("V-", StringComparison.Ordinal) || !t[2..].All(c => Alphabet.Contains(c, StringComparison.Ordinal)))
        {
            throw new FormatException($"victim pseudonym '{(t.Length > 20 ? t[..20] : t)}': expected V- and 8 characters of 0-9 A-Z without I, L, O, U");
        }

        return new VictimPseudonym(t);
    }

    /// <inheritdoc />
    public override string ToString() => Value;
}
