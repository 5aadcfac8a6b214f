using Threadline.Matching.Records;

namespace Threadline.Matching.Comparisons;

/// <summary>The default comparisons for person records.</summary>
public static class PersonComparisons
{
    /// <summary>Name, birth date, address (street, line 2, locality, postcode as one), region, identifier, phone, e-mail.</summary>
    public static IReadOnlyList<Comparison> Default() =>
    [
        new NameComparison(),
        new BirthDateComparison(),
        new AddressComparison(),
        new TextComparison("region", (PreparedRecord r) => r.Region),
        new CodeComparison("identifier", (PreparedRecord r) => r.Identifier, 2),
        new CodeComparison("phone", (PreparedRecord r) => r.Phone, 1, suffix: 9),
        new EmailComparison(),
    ];
}
