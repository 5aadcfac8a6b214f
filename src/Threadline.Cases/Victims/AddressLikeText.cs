using System.Text.RegularExpressions;

namespace Threadline.Cases.Victims;

/// <summary>
/// Refuses text that looks like an address, so that no shelter address is ever stored: a referral names the centre,
/// never where it is. Rules: a street word or street-name ending (Data/address-words.json, in the languages of the
/// countries we work with), a house-number marker followed by a number, a number of four or more digits (postcode,
/// house or phone number), coordinates, or a number next to a comma.
/// </summary>
public static partial class AddressLikeText
{
    private static readonly AddressWords Lists = Victims.DataFiles.Load<AddressWords>("address-words.json");
    private static readonly HashSet<string> Words = new(Lists.Words, StringComparer.Ordinal);

    /// <summary>Null when <paramref name="text"/> does not look like an address; otherwise why it does.</summary>
    public static string? Reason(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lower = text.ToLowerInvariant();
        if (Coordinates().IsMatch(lower))
        {
            return "it contains coordinates";
        }

        if (LongNumber().IsMatch(lower))
        {
            return "it contains a number of four or more digits (a postcode, house or phone number)";
        }

        if (NumberComma().IsMatch(lower))
        {
            return "it contains a number next to a comma, as in a street address";
        }

        var tokens = Token().Matches(lower).Select(m => m.Value).ToList();
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (Words.Contains(t))
            {
                return $"'{t}' is a street word";
            }

            var suffix = Lists.Suffixes.FirstOrDefault(s => t.Length > s.Length + 2 && t.EndsWith(s, StringComparison.Ordinal));
            if (suffix is not null)
            {
                return $"'{t}' looks like a street name (ends in '{suffix}')";
            }

            if (Lists.NumberMarkers.Contains(t, StringComparer.Ordinal) && i + 1 < tokens.Count && tokens[i + 1].Any(char.IsAsciiDigit))
            {
                return $"'{t} {tokens[i + 1]}' is a house or box number";
            }
        }

        return null;
    }

    /// <summary>Throws when <paramref name="text"/> looks like an address.</summary>
    public static void Reject(string text, string field)
    {
        var why = Reason(text);
        if (why is not null)
        {
            throw new ArgumentException($"{field}: looks like an address ({why}); store the centre's name only, never where it is", field);
        }
    }

    [GeneratedRegex(@"-?\d{1,3}\.\d{3,}\s*[,;/ ]\s*-?\d{1,3}\.\d{3,}", RegexOptions.CultureInvariant, 200)]
    private static partial Regex Coordinates();

    [GeneratedRegex(@"\d{4,}", RegexOptions.CultureInvariant, 200)]
    private static partial Regex LongNumber();

    [GeneratedRegex(@"\b\d+[a-z]?\s*,|,\s*\d+[a-z]?\b", RegexOptions.CultureInvariant, 200)]
    private static partial Regex NumberComma();

    [GeneratedRegex(@"[\p{L}\p{N}°/.]+", RegexOptions.CultureInvariant, 200)]
    private static partial Regex Token();
}
