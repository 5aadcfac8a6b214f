using Threadline.Ingest.Pipeline;

namespace Threadline.Ingest.Ads;

/// <summary>
/// One accepted ad (or one version of a re-posted ad), validated and normalised as docs/formats.md
/// describes: the site name in lower case, <see cref="PostedAt"/> in UTC, the country as an ISO
/// 3166-1 alpha-2 code, unknown fields kept in <see cref="Extras"/>, and the values that could not be
/// read listed in <see cref="DroppedValues"/>.
/// </summary>
/// <param name="Site">Site name, trimmed and lower-cased (<c>rosegarden.example</c>).</param>
/// <param name="AdId">The site's own id of the ad, or null.</param>
/// <param name="Url">The ad's address, or null (one of <paramref name="AdId"/> and <paramref name="Url"/> is set).</param>
/// <param name="PostedAt">When this version was posted, in UTC; null when the record gave no usable date.</param>
/// <param name="City">City as the site shows it, or null.</param>
/// <param name="Country">ISO 3166-1 alpha-2 code in upper case, or null.</param>
/// <param name="Title">Title, or null (one of title and body is set).</param>
/// <param name="Body">Body with line breaks as <c>\n</c>, or null.</param>
/// <param name="Phone">The phone field as the site shows it, or null.</param>
/// <param name="Images">Image references as given (paths relative to the export file, or URLs).</param>
/// <param name="Extras">Unknown fields in source order: name (lower case) and value as text.</param>
/// <param name="File">Path of the file the record came from.</param>
/// <param name="Line">1-based line where the record starts (0 for a whole-file record such as an HTML page).</param>
public sealed record AdRecord(
    string Site,
    string? AdId,
    string? Url,
    DateTimeOffset? PostedAt,
    string? City,
    string? Country,
    string? Title,
    string? Body,
    string? Phone,
    IReadOnlyList<string> Images,
    IReadOnlyList<KeyValuePair<string, string>> Extras,
    string File,
    long Line)
{
    /// <summary>
    /// Values of the record left out of this ad (or kept only in another form), each with the reason:
    /// the quarantine lines of a record that was kept (<see cref="Rejection.Kept"/> is true).
    /// </summary>
    public IReadOnlyList<Rejection> DroppedValues { get; init; } = [];

    /// <summary>Record locator as statements carry it: <c>file.jsonl:12</c>, or the file name for a page.</summary>
    public string Locator => Line > 0
        ? string.Concat(System.IO.Path.GetFileName(File), ":", Line.ToString(System.Globalization.CultureInfo.InvariantCulture))
        : System.IO.Path.GetFileName(File);
}
