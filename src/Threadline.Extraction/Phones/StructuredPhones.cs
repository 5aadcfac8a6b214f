namespace Threadline.Extraction.Phones;

/// <summary>
/// Phone fields of structured records (a booking's booker phone, a bank client's) to E.164, through the same
/// libphonenumber validation the ad extractor uses (<see cref="PhoneValidator"/>): a national number is read in
/// the record's country. One phone rule for the whole project.
/// </summary>
public static class StructuredPhones
{
    private static readonly PhoneValidator Validator = new();

    /// <summary>The E.164 form of <paramref name="text"/>, or null when it is not one valid number.</summary>
    /// <param name="text">The field as written: digits with spaces, dots, dashes, brackets, a leading <c>+</c>.</param>
    /// <param name="country">The record's country (ISO 3166-1 alpha-2), or null.</param>
    public static string? ToE164(string? text, string? country)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 40)
        {
            return null;
        }

        Span<char> digits = stackalloc char[text.Length];
        var n = 0;
        foreach (var c in text.Trim())
        {
            if (char.IsAsciiDigit(c) || (c == '+' && n == 0))
            {
                digits[n++] = c;
            }
            else if (c is not (' ' or '.' or '-' or '/' or '(' or ')'))
            {
                return null;
            }
        }

        var region = country is { Length: 2 } && country.All(char.IsAsciiLetter) ? country.ToUpperInvariant() : "ZZ";
        return Validator.Validate(digits[..n], region)?.E164;
    }
}
