using System.Globalization;

namespace Threadline.Ingest.Ads;

/// <summary>
/// Validates the fields of one record against docs/formats.md and builds an <see cref="AdRecord"/>,
/// or says in one sentence why not. Shared by the three readers so they accept exactly the same records.
/// </summary>
internal static class AdRecordBuilder
{
    public static (AdRecord? Ad, string? Reason) Build(IReadOnlyList<RawField> fields, string file, long line, AdReaderLimits limits)
    {
        if (fields.Count > limits.MaxFields)
        {
            return (null, Invariant($"more than {limits.MaxFields} fields"));
        }

        string? site = null, adId = null, url = null, city = null, country = null, title = null, body = null, phone = null;
        DateTimeOffset? postedAt = null;
        var images = new List<string>();
        var extras = new List<KeyValuePair<string, string>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            var name = field.Name.Trim().ToLowerInvariant();
            if (!seen.Add((field.ForceRaw ? "raw:" : string.Empty) + name))
            {
                return (null, $"field '{name}' appears twice");
            }

            if (field.Kind == RawKind.String && string.IsNullOrWhiteSpace(field.Text))
            {
                continue;
            }

            string? error = null;
            switch (field.ForceRaw ? string.Empty : name)
            {
                case "site": error = Text(field, out site); break;
                case "ad_id": error = TextOrNumber(field, out adId); break;
                case "url": error = Text(field, out url); break;
                case "city": error = Text(field, out city); break;
                case "title": error = Text(field, out title, multiline: true); break;
                case "body": error = Text(field, out body, multiline: true); break;
                case "phone": error = TextOrNumber(field, out phone); break;
                case "posted_at": error = Date(field, out postedAt); break;
                case "country":
                    error = Text(field, out var countryText);
                    if (error is null && countryText is not null)
                    {
                        if (Countries.TryNormalize(countryText, out var code))
                        {
                            country = code;
                        }
                        else
                        {
                            extras.Add(new("country", countryText));
                        }
                    }

                    break;
                case "images": error = Images(field, images, limits.MaxImages); break;
                default:
                    if (field.Kind != RawKind.StringArray)
                    {
                        extras.Add(new(name, field.Kind == RawKind.String ? field.Text.Trim() : field.Text));
                    }
                    else
                    {
                        extras.Add(new(name, string.Join('|', field.Items!)));
                    }

                    break;
            }

            if (error is not null)
            {
                return (null, error);
            }
        }

        var missing = new List<string>(4);
        if (site is null)
        {
            missing.Add("site");
        }

        if (adId is null && url is null)
        {
            missing.Add("ad_id or url");
        }

        if (postedAt is null)
        {
            missing.Add("posted_at");
        }

        if (title is null && body is null)
        {
            missing.Add("title or body");
        }

        if (missing.Count > 0)
        {
            return (null, "missing required field" + (missing.Count > 1 ? "s: " : ": ") + string.Join(", ", missing));
        }

        var ad = new AdRecord(site!.ToLowerInvariant(), adId, url, postedAt!.Value, city, country, title, body, phone, images, extras, file, line);
        return (ad, null);
    }

    private static string? Text(RawField field, out string? value, bool multiline = false)
    {
        value = null;
        if (field.Kind != RawKind.String)
        {
            return $"field '{field.Name}' must be text, not {field.KindName}";
        }

        var text = multiline ? field.Text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : field.Text;
        text = text.Trim();
        value = text.Length == 0 ? null : text;
        return null;
    }

    private static string? TextOrNumber(RawField field, out string? value)
    {
        value = null;
        if (field.Kind is not (RawKind.String or RawKind.Number))
        {
            return $"field '{field.Name}' must be text or a number, not {field.KindName}";
        }

        var text = field.Text.Trim();
        value = text.Length == 0 ? null : text;
        return null;
    }

    private static string? Date(RawField field, out DateTimeOffset? value)
    {
        value = null;
        DateTimeOffset parsed;
        switch (field.Kind)
        {
            case RawKind.Number:
                if (!long.TryParse(field.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || !AdDates.TryFromEpoch(seconds, out parsed))
                {
                    return $"unparseable date in '{field.Name}': {Quote(field.Text)} is not epoch seconds between 1990 and 2100";
                }

                break;
            case RawKind.String:
                if (!AdDates.TryParse(field.Text, out parsed))
                {
                    return $"unparseable date in '{field.Name}': {Quote(field.Text)}";
                }

                break;
            default:
                return $"field '{field.Name}' must be a date, not {field.KindName}";
        }

        value = parsed;
        return null;
    }

    private static string? Images(RawField field, List<string> into, int max)
    {
        IEnumerable<string> items = field.Kind switch
        {
            RawKind.StringArray => field.Items!,
            RawKind.String => field.Text.Split('|'),
            _ => [],
        };
        if (field.Kind is not (RawKind.StringArray or RawKind.String))
        {
            return $"field 'images' must be an array of strings, not {field.KindName}";
        }

        foreach (var item in items)
        {
            var reference = item.Trim();
            if (reference.Length == 0)
            {
                continue;
            }

            if (into.Count >= max)
            {
                return Invariant($"more than {max} image references");
            }

            into.Add(reference);
        }

        return null;
    }

    private static string Quote(string text) => "'" + Excerpts.FromText(text, 40) + "'";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
