using PhoneNumbers;
using Threadline.Extraction;

namespace Threadline.Application.Queries.Search;

/// <summary>
/// Reads what an analyst typed as a phone number, however written ("0470 12 34 56", "+32470123456", "470/12.34.56",
/// "0032 470 123456", number words), into E.164 candidates: first as extraction reads an ad's phone field (the same reader
/// and validator that filed the ads' phones), then with libphonenumber in each of the workspace's countries, which also
/// takes a national number typed without its trunk 0. Only candidates the caller finds in the workspace are meant to count.
/// </summary>
public static class PhoneQuery
{
    /// <summary>Longest text read as a phone.</summary>
    public const int MaxLength = 40;

    private static readonly Lazy<AdExtractor> Extractor = new(() => new AdExtractor());
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    /// <summary>True when the text has the shape of a phone number: 6 to 17 digits and nothing but separators and a leading +.</summary>
    public static bool LooksLikePhone(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxLength)
        {
            return false;
        }

        var digits = 0;
        foreach (var c in text.Trim())
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (c is not (' ' or '.' or '/' or '-' or '(' or ')' or '+'))
            {
                return false;
            }
        }

        return digits is >= 6 and <= 17;
    }

    /// <summary>E.164 readings of the text, most likely first (the regions in the order given).</summary>
    /// <param name="text">What was typed.</param>
    /// <param name="regions">ISO alpha-2 codes to read a national number in (the workspace's ad countries, most ads first).</param>
    public static IReadOnlyList<string> Candidates(string? text, IReadOnlyList<string> regions)
    {
        ArgumentNullException.ThrowIfNull(regions);
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxLength)
        {
            return [];
        }

        var found = new List<string>();
        var trimmed = text.Trim();
        foreach (var region in regions.Take(12).Prepend(null))
        {
            foreach (var phone in Extractor.Value.Extract(new AdText(null, null, trimmed, region)).Phones)
            {
                Add(found, phone.E164);
            }
        }

        var digits = new string(trimmed.Where(char.IsAsciiDigit).ToArray());
        if (digits.Length is < 6 or > 17)
        {
            return found;
        }

        var international = trimmed.StartsWith('+') ? "+" + digits : digits.StartsWith("00", StringComparison.Ordinal) ? "+" + digits[2..] : null;
        if (international is not null)
        {
            Add(found, Parse(international, "ZZ"));
            return found;
        }

        foreach (var region in regions.Take(12))
        {
            Add(found, Parse(digits, region));
        }

        Add(found, Parse("+" + digits, "ZZ"));
        return found;
    }

    private static void Add(List<string> found, string? e164)
    {
        if (e164 is not null && !found.Contains(e164, StringComparer.Ordinal))
        {
            found.Add(e164);
        }
    }

    private static string? Parse(string text, string region)
    {
        try
        {
            var number = Util.Parse(text, region.ToUpperInvariant());
            return Util.IsValidNumber(number) ? Util.Format(number, PhoneNumberFormat.E164) : null;
        }
        catch (NumberParseException)
        {
            return null;
        }
    }
}
