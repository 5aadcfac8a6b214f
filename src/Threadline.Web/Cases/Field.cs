using System.Globalization;
using Threadline.Cases.Grading;

namespace Threadline.Web.Cases;

/// <summary>
/// Parsing of form and JSON input for case writes: every error is an <see cref="ArgumentException"/> whose parameter
/// name is the field (as the form and the JSON body name it), so a page marks the field and the API says which it was.
/// </summary>
public static class Field
{
    /// <summary>Longest free text a case field takes (the case model bounds its own fields further).</summary>
    public const int MaxText = 20_000;

    /// <summary>Longest one-line value (ids, names, zones, codes).</summary>
    public const int MaxLine = 300;

    public static string Required(string? value, string field, int max = MaxLine)
    {
        var v = value?.Trim();
        if (string.IsNullOrEmpty(v))
        {
            throw new ArgumentException($"{field} is required", field);
        }

        return Bounded(v, field, max);
    }

    public static string? Optional(string? value, string field, int max = MaxLine)
    {
        var v = value?.Trim();
        return string.IsNullOrEmpty(v) ? null : Bounded(v, field, max);
    }

    public static DateOnly Day(string? value, string field) =>
        OptionalDay(value, field) ?? throw new ArgumentException($"{field} is required (yyyy-MM-dd)", field);

    public static DateOnly? OptionalDay(string? value, string field)
    {
        var v = Optional(value, field, 10);
        if (v is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new ArgumentException($"{field}: '{v}' is not a day (yyyy-MM-dd)", field);
    }

    /// <summary>An instant with its offset (2026-03-02T20:00+01:00), or a UTC one ending in Z.</summary>
    public static DateTimeOffset? OptionalInstant(string? value, string field)
    {
        var v = Optional(value, field, 40);
        if (v is null)
        {
            return null;
        }

        // A browser's datetime-local field has no offset: read as UTC, which the form says.
        var styles = DateTimeStyles.AllowWhiteSpaces | (HasOffset(v) ? DateTimeStyles.None : DateTimeStyles.AssumeUniversal);
        return DateTimeOffset.TryParse(v, CultureInfo.InvariantCulture, styles, out var at)
            ? at
            : throw new ArgumentException($"{field}: '{v}' is not an instant (2026-03-02T20:00+01:00)", field);
    }

    public static DateTimeOffset Instant(string? value, string field) =>
        OptionalInstant(value, field) ?? throw new ArgumentException($"{field} is required (2026-03-02T20:00+01:00)", field);

    /// <summary>An enum value by name, case-insensitive, dashes or underscores allowed (victim-support).</summary>
    public static T Enum<T>(string? value, string field)
        where T : struct, System.Enum
    {
        var v = Required(value, field, 60);
        var plain = v.Replace("-", string.Empty, StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal);
        if (!plain.All(char.IsAsciiLetter) || !System.Enum.TryParse<T>(plain, ignoreCase: true, out var parsed) || !System.Enum.IsDefined(parsed))
        {
            throw new ArgumentException($"{field}: '{v}' is not one of {string.Join(", ", System.Enum.GetNames<T>().Select(Dashed))}", field);
        }

        return parsed;
    }

    /// <summary>A marking "B2 H1" (grade and handling code), with the conditions H3 needs.</summary>
    public static Marking Marking(string? value, string? conditions, string fallback, string field = "marking")
    {
        var v = Optional(value, field, 40) ?? fallback;
        try
        {
            return Threadline.Cases.Grading.Marking.Parse(v, Optional(conditions, "conditions", 2000));
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            throw new ArgumentException($"{field}: {e.Message}", field, e);
        }
    }

    /// <summary>A list of values (a JSON array, or a form's repeated field, or one comma-separated line), bounded.</summary>
    public static string[] List(IEnumerable<string>? values, string field, int max = 100)
    {
        var list = (values ?? []).SelectMany(v => (v ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Take(max + 1).Select(v => Bounded(v, field, MaxLine)).ToArray();
        return list.Length > max ? throw new ArgumentException($"{field}: at most {max} values", field) : list;
    }

    /// <summary>An IANA zone (default Europe/Brussels).</summary>
    public static string Zone(string? value, string field = "zone")
    {
        var zone = Optional(value, field, 64) ?? "Europe/Brussels";
        try
        {
            _ = Threadline.Cases.Deadlines.TimeZones.Find(zone);
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"{field}: '{zone}' is not an IANA time zone (e.g. Europe/Madrid)", field, e);
        }

        return zone;
    }

    /// <summary>An enum name as forms and the CLI write it: lower case with dashes.</summary>
    public static string Dashed(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "-" : string.Empty) + char.ToLowerInvariant(c) : c.ToString()));

    private static string Bounded(string v, string field, int max)
    {
        if (v.Length > max)
        {
            throw new ArgumentException($"{field}: {v.Length} characters, at most {max}", field);
        }

        if (v.Any(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t'))
        {
            throw new ArgumentException($"{field}: control characters are not allowed", field);
        }

        return v;
    }

    private static bool HasOffset(string v) =>
        v.EndsWith('Z') || v.EndsWith('z') || (v.Length > 6 && v[^6] is '+' or '-' && v[^3] == ':');
}
