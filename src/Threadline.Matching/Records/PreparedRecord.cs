using Threadline.Matching.Text;

namespace Threadline.Matching.Records;

/// <summary>A record with every field folded once, ready for comparisons and blocking keys.</summary>
public sealed class PreparedRecord
{
    public PreparedRecord(PersonRecord source, int side)
    {
        Source = source ?? throw new ArgumentNullException(nameof(source));
        Side = side;
        var given = NameFold.Tokens(source.GivenName);
        var surname = NameFold.Tokens(source.Surname);
        var full = NameFold.Tokens(source.FullName);
        Given = string.Concat(given);
        Surname = string.Concat(surname);
        if (given.Length == 0 && surname.Length == 0 && full.Length > 0)
        {
            // Order unknown: the first token as given name, the rest as surname; the order-free key still matches swaps.
            Given = full[0];
            Surname = string.Concat(full.Skip(1));
            FullNameOnly = true;
        }

        var nameTokens = given.Concat(surname).Concat(given.Length + surname.Length == 0 ? full : []).ToArray();
        NameSyllables = SyllableKey(nameTokens);
        RomanisedKeys = Romanised(nameTokens);
        RomanisedKey = RomanisedKeys.Count == 0 ? NameSyllables : SyllableKey(nameTokens.Select(WadeGiles.Canonical));
        BirthDate = Digits(source.BirthDate, 8);
        StreetNumber = NameFold.Plain(source.StreetNumber);
        Street = NameFold.Plain(source.Street);
        AddressLine2 = NameFold.Plain(source.AddressLine2);
        Locality = NameFold.Plain(source.Locality);
        Postcode = NameFold.Plain(source.Postcode).Replace(" ", string.Empty, StringComparison.Ordinal);
        Region = NameFold.Plain(source.Region);
        Identifier = NameFold.Plain(source.Identifier).Replace(" ", string.Empty, StringComparison.Ordinal);
        Phone = Digits(source.Phone, 20);
        (Email, EmailLocal) = EmailParts(source.Email);
    }

    public PersonRecord Source { get; }

    /// <summary>0 for a dedupe or the left file of a link, 1 for the right file.</summary>
    public int Side { get; }

    /// <summary>Given name(s), folded and joined without spaces ("xiaoming").</summary>
    public string Given { get; }

    public string Surname { get; }

    /// <summary>True when the name came from a full-name field with unknown order.</summary>
    public bool FullNameOnly { get; }

    /// <summary>Every name token cut into pinyin syllables where possible, sorted: the same for any order and spacing.</summary>
    public string NameSyllables { get; }

    /// <summary>
    /// The name's syllable keys with every Wade–Giles surname read as each of its pinyin readings as well ("Chang Wei" →
    /// "chang wei", "wei zhang"); at most <see cref="MaxRomanisedKeys"/>. Empty when the name has no Wade–Giles token.
    /// </summary>
    public IReadOnlyList<string> RomanisedKeys { get; }

    /// <summary>The syllable key with each Wade–Giles surname read as its first pinyin reading (a blocking key).</summary>
    public string RomanisedKey { get; }

    /// <summary>The most romanised keys one name gets.</summary>
    public const int MaxRomanisedKeys = 8;

    /// <summary>The e-mail address, lower case ("" for none).</summary>
    public string Email { get; }

    /// <summary>The e-mail's local part, lower case, a "+tag" and dots, dashes and underscores removed ("" for none).</summary>
    public string EmailLocal { get; }

    /// <summary>Digits of the birth date (yyyymmdd as sources write it).</summary>
    public string BirthDate { get; }

    public string StreetNumber { get; }

    public string Street { get; }

    public string AddressLine2 { get; }

    public string Locality { get; }

    public string Postcode { get; }

    public string Region { get; }

    public string Identifier { get; }

    /// <summary>Phone digits (national or international as written; compare the last digits).</summary>
    public string Phone { get; }

    public bool HasName => Given.Length + Surname.Length > 0;

    private static string Digits(string? s, int max)
    {
        if (string.IsNullOrEmpty(s))
        {
            return string.Empty;
        }

        var d = new string(s.Where(char.IsAsciiDigit).Take(max).ToArray());
        return d;
    }

    private static (string Email, string Local) EmailParts(string? email)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return (string.Empty, string.Empty);
        }

        var e = email.Trim().ToLowerInvariant();
        e = e.Length > 254 ? e[..254] : e;
        var at = e.LastIndexOf('@');
        var local = at > 0 ? e[..at] : e;
        var plus = local.IndexOf('+', StringComparison.Ordinal);
        local = plus > 0 ? local[..plus] : local;
        local = string.Concat(NameFold.Tokens(local));
        return (at > 0 ? e : string.Empty, local);
    }

    private static string[] Romanised(string[] tokens)
    {
        if (!tokens.Any(t => WadeGiles.Pinyin(t).Count > 0))
        {
            return [];
        }

        IEnumerable<List<string>> combos = [[]];
        foreach (var t in tokens)
        {
            combos = combos.SelectMany(c => WadeGiles.Readings(t).Select(r => new List<string>(c) { r })).Take(MaxRomanisedKeys);
        }

        return combos.Select(SyllableKey).Distinct(StringComparer.Ordinal).ToArray();
    }

    private static string SyllableKey(IEnumerable<string> tokens)
    {
        var parts = new List<string>();
        foreach (var t in tokens)
        {
            parts.AddRange(Pinyin.Split(t) ?? [t]);
        }

        parts.Sort(StringComparer.Ordinal);
        return string.Join(' ', parts);
    }
}
