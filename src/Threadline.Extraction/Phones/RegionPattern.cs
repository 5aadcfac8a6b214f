using System.Text.RegularExpressions;
using PhoneNumbers;

namespace Threadline.Extraction.Phones;

/// <summary>
/// One region's number-type patterns from libphonenumber's metadata (fixed line, mobile, toll free, premium, shared
/// cost, personal, VoIP, pager, UAN, voicemail) as one anchored, interpreted regex: inputs are 6 to 15 digits, and
/// RegexOptions.Compiled took seconds for the large German and Italian patterns (NonBacktracking was no faster).
/// Shared by all extractors; thread-safe.
/// </summary>
internal sealed class RegionPattern
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);
    private readonly Regex _regex;

    private RegionPattern(string pattern) => _regex = new Regex(pattern, RegexOptions.CultureInvariant, Timeout);

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

    /// <summary>True when <paramref name="nsn"/> matches (or the pattern ran out of time: the library then decides).</summary>
    public bool IsMatch(ReadOnlySpan<char> nsn)
    {
        try
        {
            return _regex.IsMatch(nsn);
        }
        catch (RegexMatchTimeoutException)
        {
            return true;
        }
    }
}
