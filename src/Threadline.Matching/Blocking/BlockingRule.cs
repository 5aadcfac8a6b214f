using Threadline.Matching.Records;

namespace Threadline.Matching.Blocking;

/// <summary>
/// A blocking rule: only records with the same non-empty key are compared. Candidate pairs are the union over all
/// rules (as in Splink), so a pair missed by one rule (a typo in the postcode) is found by another (same birth date).
/// </summary>
public sealed record BlockingRule(string Name, Func<PreparedRecord, string?> Key)
{
    /// <summary>The default rules for person records.</summary>
    public static IReadOnlyList<BlockingRule> PersonDefaults { get; } =
    [
        new("identifier", r => r.Identifier.Length >= 4 ? r.Identifier : null),
        new("birth date", r => r.BirthDate.Length >= 6 ? r.BirthDate : null),
        new("given name + surname", r => r.Given.Length > 0 && r.Surname.Length > 0 ? r.Given + "|" + r.Surname : null),
        new("name syllables (any order, Wade-Giles surnames as pinyin)", r => r.RomanisedKey.Contains(' ', StringComparison.Ordinal) ? r.RomanisedKey : null),
        new("surname + birth year", r => r.Surname.Length > 0 && r.BirthDate.Length >= 4 ? r.Surname + "|" + r.BirthDate[..4] : null),
        new("given name + postcode", r => r.Given.Length > 0 && r.Postcode.Length > 0 ? r.Given + "|" + r.Postcode : null),
        new("postcode + street number", r => r.Postcode.Length > 0 && r.StreetNumber.Length > 0 ? r.Postcode + "|" + r.StreetNumber : null),
        new("surname + locality", r => r.Surname.Length > 0 && r.Locality.Length > 0 ? r.Surname + "|" + r.Locality : null),
        new("phone", r => r.Phone.Length >= 8 ? r.Phone[^8..] : null),
        new("e-mail local part", r => r.EmailLocal.Length >= 4 ? r.EmailLocal : null),
    ];
}
