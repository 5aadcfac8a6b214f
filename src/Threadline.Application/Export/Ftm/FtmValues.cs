using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Threadline.Ingest.Ads;
using Threadline.Money;

namespace Threadline.Application.Export.Ftm;

/// <summary>
/// Puts a value in the form FollowTheMoney's type asks for, or says why it cannot: dates as UTC prefixes up to the
/// second without an offset, countries as lower-case ISO 3166-1 alpha-2, languages as ISO 639-3, topics, genders and
/// ids from their lists, phones in E.164. Text longer than its type allows is cut (the whole value stays in the
/// statements' <c>original_value</c>); any other value out of form is refused.
/// </summary>
public static partial class FtmValues
{
    /// <summary>Cleans <paramref name="raw"/> for a property of FtM type <paramref name="type"/>.</summary>
    public static FtmClean Clean(string type, string? raw)
    {
        ArgumentNullException.ThrowIfNull(type);
        var text = raw?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return FtmClean.Empty;
        }

        if (HasControl(text, allowLines: type is "text" or "html" or "address" or "string"))
        {
            return FtmClean.Refused("holds a control character");
        }

        var max = FtmCodes.MaxLength.GetValueOrDefault(type, 1024);
        switch (type)
        {
            case "name" or "string" or "text" or "html" or "address":
                return text.Length <= max ? FtmClean.Ok(text) : FtmClean.Shortened(Cut(text, max));
            case "country":
                return text.Length == 2 && Countries.TryNormalize(text, out var code) && code.Length == 2
                    ? FtmClean.Ok(code.ToLowerInvariant())
                    : FtmClean.Refused("is not an ISO 3166-1 alpha-2 country code");
            case "date":
                return Date(text) is { } date ? FtmClean.Ok(date) : FtmClean.Refused("is not a date");
            case "language":
                var lower = text.ToLowerInvariant();
                if (FtmCodes.LanguageAliases.TryGetValue(lower, out var three))
                {
                    return FtmClean.Ok(three);
                }

                return FtmCodes.Languages.Contains(lower) ? FtmClean.Ok(lower) : FtmClean.Refused("is not a language FollowTheMoney knows (ISO 639-3)");
            case "topic":
                return FtmCodes.Topics.Contains(text) ? FtmClean.Ok(text) : FtmClean.Refused("is not a FollowTheMoney topic");
            case "gender":
                return FtmCodes.Genders.Contains(text.ToLowerInvariant()) ? FtmClean.Ok(text.ToLowerInvariant()) : FtmClean.Refused("is not male, female or other");
            case "phone":
                return PhoneRegex().IsMatch(text) ? FtmClean.Ok(text) : FtmClean.Refused("is not a phone number in E.164 form");
            case "email":
                return text.Length <= max && EmailRegex().IsMatch(text) ? FtmClean.Ok(text) : FtmClean.Refused("is not an e-mail address");
            case "iban":
                return Iban.Normalize(text) is { } iban && Iban.IsValid(iban) ? FtmClean.Ok(iban) : FtmClean.Refused("is not a valid IBAN");
            case "url":
                return text.Length <= max && Uri.TryCreate(text, UriKind.Absolute, out var uri) && SchemeRegex().IsMatch(uri.Scheme)
                    ? FtmClean.Ok(text)
                    : FtmClean.Refused("is not an absolute URL");
            case "number":
                return NumberRegex().IsMatch(text) && text.Length <= max ? FtmClean.Ok(text) : FtmClean.Refused("is not a number");
            case "entity":
                return IsEntityId(text) ? FtmClean.Ok(text) : FtmClean.Refused("is not an entity id");
            case "checksum":
                return Sha1Regex().IsMatch(text) ? FtmClean.Ok(text.ToLowerInvariant()) : FtmClean.Refused("is not a SHA-1 checksum");
            case "mimetype":
                return MimeRegex().IsMatch(text) ? FtmClean.Ok(text.ToLowerInvariant()) : FtmClean.Refused("is not a MIME type");
            case "ip":
                return IPAddress.TryParse(text, out _) ? FtmClean.Ok(text) : FtmClean.Refused("is not an IP address");
            case "identifier" or "json":
                return text.Length <= max ? FtmClean.Ok(text) : FtmClean.Refused($"is longer than {max} characters");
            default:
                return FtmClean.Refused($"has a type ({type}) Threadline does not write");
        }
    }

    /// <summary>Whether <paramref name="id"/> is an id FollowTheMoney accepts (letters, digits, dots and dashes, 200 at most).</summary>
    public static bool IsEntityId(string? id) => id is { Length: > 0 and <= 200 } && EntityIdRegex().IsMatch(id);

    /// <summary>
    /// A date in FtM's form: a prefix of <c>yyyy-MM-ddTHH:mm:ss</c> in UTC. A prefix form is kept as it is; a full date-time
    /// (with an offset or <c>Z</c>, or none: taken as UTC) becomes UTC to the second, and one at midnight becomes its day.
    /// </summary>
    public static string? Date(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        text = text.Trim();
        var prefix = DatePrefixRegex().Match(text);
        if (prefix.Success)
        {
            var parts = new[] { 1, 2, 3, 4, 5, 6 }.Select(i => prefix.Groups[i].Success ? int.Parse(prefix.Groups[i].Value, CultureInfo.InvariantCulture) : (int?)null).ToArray();
            var ok = parts[1] is null or (>= 1 and <= 12)
                && (parts[2] is null || (parts[2] >= 1 && parts[2] <= DateTime.DaysInMonth(parts[0]!.Value, parts[1]!.Value)))
                && parts[3] is null or < 24 && parts[4] is null or < 60 && parts[5] is null or < 60;
            return ok && parts[0] >= 1 ? text : null;
        }

        if (text.Length > 40 || !text.Contains('T', StringComparison.Ordinal) ||
            !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at))
        {
            return null;
        }

        return Format(at);
    }

    /// <summary>A time in FtM's form: UTC to the second, its day alone at midnight.</summary>
    public static string Format(DateTimeOffset at)
    {
        var utc = at.ToUniversalTime();
        return utc.TimeOfDay == TimeSpan.Zero && utc.Millisecond == 0
            ? utc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : utc.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
    }

    /// <summary>A statement time as FtM statements write it: UTC to the second.</summary>
    public static string Timestamp(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);

    private static string Cut(string text, int max)
    {
        var end = max;
        if (char.IsHighSurrogate(text[end - 1]))
        {
            end--;
        }

        return text[..end];
    }

    private static bool HasControl(string text, bool allowLines)
    {
        foreach (var c in text)
        {
            if (char.IsControl(c) && !(allowLines && c is '\n' or '\t' or '\r'))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"^\+[1-9][0-9]{6,14}$")]
    private static partial Regex PhoneRegex();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailRegex();

    [GeneratedRegex(@"^[a-zA-Z][a-zA-Z0-9+.\-]*$")]
    private static partial Regex SchemeRegex();

    [GeneratedRegex(@"^-?[0-9]+(\.[0-9]+)?$")]
    private static partial Regex NumberRegex();

    [GeneratedRegex(@"^[0-9a-zA-Z]([0-9a-zA-Z.\-]*[0-9a-zA-Z])?$")]
    private static partial Regex EntityIdRegex();

    [GeneratedRegex(@"^[0-9a-fA-F]{40}$")]
    private static partial Regex Sha1Regex();

    [GeneratedRegex(@"^[a-zA-Z]+/[a-zA-Z0-9.+\-_]+$")]
    private static partial Regex MimeRegex();

    [GeneratedRegex(@"^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2})(?:T([0-9]{2})(?::([0-9]{2})(?::([0-9]{2}))?)?)?)?)?$")]
    private static partial Regex DatePrefixRegex();
}
