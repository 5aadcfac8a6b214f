using System.Globalization;
using Threadline.Core.Text;

namespace Threadline.Ingest.Ads;

/// <summary>
/// The values of one record as they are read, field by field. <see cref="Set"/> takes a field's value
/// or says why it cannot (the caller decides whether that rejects the record or only leaves the value out).
/// </summary>
internal sealed class AdDraft(int maxImages)
{
    public string? Site { get; private set; }

    public string? AdId { get; private set; }

    public string? Url { get; private set; }

    public DateTimeOffset? PostedAt { get; private set; }

    public string? City { get; private set; }

    public string? Country { get; private set; }

    public string? Title { get; private set; }

    public string? Body { get; private set; }

    public string? Phone { get; private set; }

    public List<string> Images { get; } = [];

    public List<KeyValuePair<string, string>> Extras { get; } = [];

    /// <summary>Reads one field (name in lower case); returns the problem, or null when the value was taken.</summary>
    public FieldProblem? Set(string name, RawField field)
    {
        string? text;
        FieldProblem? problem;
        switch (field.ForceRaw ? string.Empty : name)
        {
            case "site": problem = Text(field, out text); Site = text; return problem;
            case "ad_id": problem = TextOrNumber(field, out text); AdId = text; return problem;
            case "url": problem = Text(field, out text); Url = text; return problem;
            case "city": problem = Text(field, out text); City = text; return problem;
            case "title": problem = Text(field, out text, multiline: true); Title = text; return problem;
            case "body": problem = Text(field, out text, multiline: true); Body = text; return problem;
            case "phone": problem = TextOrNumber(field, out text); Phone = text; return problem;
            case "posted_at": return Date(field);
            case "country": return SetCountry(field);
            case "images": return SetImages(field);
            default: return AddExtra(name, field);
        }
    }

    private FieldProblem? Date(RawField field)
    {
        DateTimeOffset parsed;
        switch (field.Kind)
        {
            case RawKind.Number:
                if (!long.TryParse(field.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || !AdDates.TryFromEpoch(seconds, out parsed))
                {
                    return new($"unparseable date in '{field.Name}': {Quote(field.Text)} is not epoch seconds between 1990 and 2100");
                }

                break;
            case RawKind.String:
                if (!AdDates.TryParse(field.Text, out parsed))
                {
                    return new($"unparseable date in '{field.Name}': {Quote(field.Text)}");
                }

                break;
            default:
                return new($"field '{field.Name}' must be a date, not {field.KindName}");
        }

        PostedAt = parsed;
        return null;
    }

    private FieldProblem? SetCountry(RawField field)
    {
        if (Text(field, out var text) is { } problem)
        {
            return problem;
        }

        if (text is null)
        {
            return null;
        }

        if (Countries.TryNormalize(text, out var code))
        {
            Country = code;
            return null;
        }

        // Nothing is lost: the value stays on the ad as raw:country, only not as a code.
        Extras.Add(new("country", text));
        return new($"unknown country {Quote(text)} (not an ISO 3166-1 code or English name); kept as raw:country", ValueKept: true);
    }

    private FieldProblem? SetImages(RawField field)
    {
        IEnumerable<string> items;
        switch (field.Kind)
        {
            case RawKind.StringArray: items = field.Items!; break;
            case RawKind.String: items = field.Text.Split('|'); break;
            default: return new($"field 'images' must be an array of strings, not {field.KindName}");
        }

        var references = new List<string>();
        foreach (var item in items)
        {
            var reference = item.Trim();
            if (reference.Length == 0)
            {
                continue;
            }

            if (reference.Contains('\0', StringComparison.Ordinal))
            {
                return new("field 'images' holds a NUL character");
            }

            references.Add(reference);
        }

        Images.AddRange(references.Take(maxImages));
        return references.Count <= maxImages
            ? null
            : new(string.Create(CultureInfo.InvariantCulture, $"{references.Count} image references, over the limit of {maxImages}; the first {maxImages} are kept"), ValueKept: true);
    }

    private FieldProblem? AddExtra(string name, RawField field)
    {
        var value = field.Kind switch
        {
            RawKind.String => field.Text.Trim(),
            RawKind.StringArray => string.Join('|', field.Items!),
            _ => field.Text,
        };
        if (value.Contains('\0', StringComparison.Ordinal))
        {
            return new($"field '{name}' holds a NUL character");
        }

        Extras.Add(new(name, value));
        return null;
    }

    private static FieldProblem? Text(RawField field, out string? value, bool multiline = false)
    {
        value = null;
        if (field.Kind != RawKind.String)
        {
            return new($"field '{field.Name}' must be text, not {field.KindName}");
        }

        return Clean(field, multiline ? field.Text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : field.Text, out value);
    }

    private static FieldProblem? TextOrNumber(RawField field, out string? value)
    {
        value = null;
        if (field.Kind is not (RawKind.String or RawKind.Number))
        {
            return new($"field '{field.Name}' must be text or a number, not {field.KindName}");
        }

        return Clean(field, field.Text, out value);
    }

    private static FieldProblem? Clean(RawField field, string text, out string? value)
    {
        value = null;
        if (text.Contains('\0', StringComparison.Ordinal))
        {
            return new($"field '{field.Name}' holds a NUL character");
        }

        text = text.Trim();
        value = text.Length == 0 ? null : text;
        return null;
    }

    private static string Quote(string text) => "'" + Excerpts.FromText(text, 40) + "'";
}
