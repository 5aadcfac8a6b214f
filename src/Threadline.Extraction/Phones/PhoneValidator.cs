using System.Collections.Concurrent;
using PhoneNumbers;

namespace Threadline.Extraction.Phones;

/// <summary>
/// Turns a candidate digit string into E.164 with libphonenumber, accepting only valid numbers
/// (<see cref="PhoneNumberUtil.IsValidNumber"/>). National numbers are read in the ad's country and, where that
/// country's trunk prefix is 0 (BE, NL, FR, DE...), must start with it: a bare "470123456" is too easily a decoy.
/// Results are cached (bounded), since the same numbers recur across ads. Thread-safe.
/// </summary>
internal sealed class PhoneValidator
{
    private const int MaxCache = 400_000;
    private static readonly ValidatedPhone Invalid = new("", "", "");
    private readonly PhoneNumberUtil _util = PhoneNumberUtil.GetInstance();
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, ValidatedPhone>> _cache = new(StringComparer.Ordinal);
    private int _cached;
    private readonly ConcurrentDictionary<string, string> _trunk = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, HashSet<int>> _lengths = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, RegionPattern?> Patterns = new(StringComparer.Ordinal);

    /// <summary>Validates <paramref name="digits"/> (ASCII digits, optionally a leading '+') for an ad in <paramref name="region"/> (ISO alpha-2 or "ZZ").</summary>
    public ValidatedPhone? Validate(ReadOnlySpan<char> digits, string region)
    {
        var cache = _cache.GetOrAdd(region, static _ => new ConcurrentDictionary<string, ValidatedPhone>(StringComparer.Ordinal));
        if (cache.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(digits, out var hit))
        {
            return ReferenceEquals(hit, Invalid) ? null : hit;
        }

        var text = digits.ToString();
        var result = Compute(text, region);
        if (Interlocked.Increment(ref _cached) < MaxCache)
        {
            cache.TryAdd(text, result ?? Invalid);
        }

        return result;
    }

    private ValidatedPhone? Compute(string d, string region)
    {
        if (d.Length < 7 || d.Length > 18)
        {
            return null;
        }

        if (d[0] == '+')
        {
            return International(d[1..], PhoneTechniques.International);
        }

        if (d.StartsWith("00", StringComparison.Ordinal))
        {
            return International(d[2..], PhoneTechniques.International00);
        }

        if (!string.Equals(region, "ZZ", StringComparison.Ordinal))
        {
            var trunk = Trunk(region);
            if ((!string.Equals(trunk, "0", StringComparison.Ordinal) || d[0] == '0')
                && PossibleLength(region, d[0] == '0' && trunk.Length == 1 ? d.Length - 1 : d.Length, d.Length)
                && FastValid(region, trunk.Length > 0 && d.StartsWith(trunk, StringComparison.Ordinal) ? d.AsSpan(trunk.Length) : d))
            {
                var national = Parse(d, region);
                if (national is not null)
                {
                    return new ValidatedPhone(national.Value.E164, national.Value.Region, PhoneTechniques.National);
                }
            }
        }

        // "32470123456": a country code written without + or 00.
        return d.Length >= 11 && d[0] != '0' ? International(d, PhoneTechniques.InternationalNoPlus) : null;
    }

    private ValidatedPhone? International(string rest, string form)
    {
        if (rest.Length < 7 || rest[0] == '0')
        {
            return null;
        }

        if (!PossibleInternational(rest))
        {
            return null;
        }

        var p = Parse("+" + rest, "ZZ");
        if (p is null)
        {
            // "+32 (0)470 ...": the trunk 0 written after the country code.
            for (var ccLen = 1; ccLen <= 3 && ccLen < rest.Length - 1; ccLen++)
            {
                if (rest[ccLen] == '0' && int.TryParse(rest.AsSpan(0, ccLen), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var cc)
                    && !string.Equals(_util.GetRegionCodeForCountryCode(cc), "ZZ", StringComparison.Ordinal))
                {
                    p = Parse("+" + rest[..ccLen] + rest[(ccLen + 1)..], "ZZ");
                    break;
                }
            }
        }

        return p is null ? null : new ValidatedPhone(p.Value.E164, p.Value.Region, form);
    }

    private (string E164, string Region)? Parse(string text, string region)
    {
        try
        {
            var n = _util.Parse(text, region);
            if (!_util.IsValidNumber(n))
            {
                return null;
            }

            return (_util.Format(n, PhoneNumberFormat.E164), _util.GetRegionCodeForNumber(n) ?? "ZZ");
        }
        catch (NumberParseException)
        {
            return null;
        }
    }

    /// <summary>
    /// Cheap length check against libphonenumber's metadata before the costly parse (most candidates fail here):
    /// a national significant number of <paramref name="nsnLength"/> digits, or the raw length when the region keeps its 0.
    /// </summary>
    private bool PossibleLength(string region, int nsnLength, int rawLength)
    {
        var lengths = _lengths.GetOrAdd(region, r =>
        {
            var set = new HashSet<int>();
            if (_util.GetMetadataForRegion(r) is { } m)
            {
                set.UnionWith(m.GeneralDesc.PossibleLengthList);
                set.UnionWith(m.GeneralDesc.PossibleLengthLocalOnlyList);
            }

            return set;
        });
        return lengths.Count == 0 || lengths.Contains(nsnLength) || lengths.Contains(rawLength);
    }

    private bool PossibleInternational(string rest)
    {
        for (var ccLen = 1; ccLen <= 3 && ccLen < rest.Length; ccLen++)
        {
            var cc = int.Parse(rest.AsSpan(0, ccLen), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture);
            var region = _util.GetRegionCodeForCountryCode(cc);
            if (!string.Equals(region, "ZZ", StringComparison.Ordinal) || cc is 800 or 808 or 870 or 878 or 881 or 882 or 883 or 888 or 979)
            {
                if (string.Equals(region, "ZZ", StringComparison.Ordinal))
                {
                    return true;
                }

                var nsn = rest.AsSpan(ccLen);
                foreach (var r in _util.GetRegionCodesForCountryCode(cc))
                {
                    if ((PossibleLength(r, nsn.Length, nsn.Length) && FastValid(r, nsn))
                        || (nsn.Length > 1 && nsn[0] == '0' && PossibleLength(r, nsn.Length - 1, nsn.Length - 1) && FastValid(r, nsn[1..])))
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// The national significant number matches one of the region's number-type patterns from libphonenumber's own
    /// metadata (what <see cref="PhoneNumberUtil.IsValidNumber"/> checks), compiled once per region: a fast filter
    /// so that the library's parser only sees candidates that are likely valid; it still has the last word.
    /// </summary>
    private static bool FastValid(string region, ReadOnlySpan<char> nsn)
    {
        var p = Patterns.GetOrAdd(region, RegionPattern.Build);
        return p is null || p.IsMatch(nsn);
    }

    private string Trunk(string region) => _trunk.GetOrAdd(region, r => _util.GetMetadataForRegion(r)?.NationalPrefix ?? "");
}
