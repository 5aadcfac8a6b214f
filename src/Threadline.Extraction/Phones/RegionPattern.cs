using System.Text.RegularExpressions;
using PhoneNumbers;

namespace Threadline.Extraction.Phones;

/// <summary>
/// One region's number-type patterns from libphonenumber's metadata (fixed line, mobile, toll free, premium, shared
/// cost, personal, VoIP, pager, UAN, voicemail) as one anchored, interpreted regex: inputs are 6 to 15 digits, and
/// RegexOptions.Compiled took seconds for the large German and Italian patterns (NonBacktracking was no faster).
/// Shared by all extractors; thread-safe. No time limit: the input is at most 18 digits (checked), and .NET's timeout
/// checks cost more than the match.
/// </summary>
internal sealed class RegionPattern
{
    private const int MaxDigits = 18;
    private readonly Regex _regex;

    private RegionPattern(string pattern) => _regex = new Regex(pattern, RegexOptions.CultureInvariant, Regex.InfiniteMatchTimeout);

    public static RegionPattern? Build(string region)
    {
        var m = PhoneNumberUtil.GetInstance().GetMetadataForRegion(region);
        if (m is null)
        {
            return null;
        }

        var descs = new[] { m.FixedLine, m.Mobile, m.TollFree, m.PremiumRate, m.SharedCost, m.PersonalNumber, m.Voip, m.Pager, m.Uan, m.Voicemail };
        var patterns = descs.Where(d => d is not null && d.HasNationalNumberPattern && d.NationalNumberPattern.Length > 0 && !string.Equals(d.NationalNumberPattern, "NA", StringComparison.Ordinal))
            .Select(d => "(?:" + d.NationalNumberPattern + ")").ToList();
        if (patterns.Count == 0)
        {
            return null;
        }

        try
        {
            return new RegionPattern("^(?:" + string.Join('|', patterns) + ")$");
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>True when <paramref name="nsn"/> (a national number: digits only, at most 18) matches.</summary>
    public bool IsMatch(ReadOnlySpan<char> nsn) => nsn.Length <= MaxDigits && _regex.IsMatch(nsn);
}
