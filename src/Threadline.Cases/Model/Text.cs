namespace Threadline.Cases.Model;

/// <summary>Validation of the free text the case model accepts: required or optional, trimmed, bounded.</summary>
internal static class Text
{
    public const int IdLength = 64;
    public const int NameLength = 200;
    public const int BodyLength = 20_000;

    public static string Required(string? value, string field, int max)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{field} is required", field);
        }

        return Bounded(value.Trim(), field, max);
    }

    public static string? Optional(string? value, string field, int max) =>
        string.IsNullOrWhiteSpace(value) ? null : Bounded(value.Trim(), field, max);

    public static string Id(string? value, string field)
    {
        var v = Required(value, field, IdLength);
        foreach (var c in v)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '/' or ':' or '+'))
            {
                throw new ArgumentException($"{field} '{v}': only ASCII letters, digits and - _ . / : + are allowed", field);
            }
        }

        return v;
    }

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
}
