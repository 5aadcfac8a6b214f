namespace Threadline.Extraction;

/// <summary>The text of one ad as the site showed it: the input of <see cref="AdExtractor.Extract"/>.</summary>
/// <param name="Title">Title as shown (may be empty).</param>
/// <param name="Body">Body text as shown (plain text; HTML is tolerated but not interpreted).</param>
/// <param name="PhoneField">The site's own phone field as shown, or null.</param>
/// <param name="Country">ISO 3166 alpha-2 code of the ad or site (e.g. <c>BE</c>), used to read national numbers; null or empty when unknown (then only international numbers are read).</param>
/// <param name="LanguageHint">Optional ISO 639-1 language of the site (e.g. <c>fr</c>); used when the text alone is too short to tell.</param>
public sealed record AdText(string? Title, string? Body, string? PhoneField, string? Country, string? LanguageHint = null);
