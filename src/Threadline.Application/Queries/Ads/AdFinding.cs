namespace Threadline.Application.Queries.Ads;

/// <summary>
/// One thing extraction found in an ad, with its evidence: where in the text (field, start, length, the text itself),
/// how a phone was written (techniques), which indicator rule fired, with its weight and the source behind the rule.
/// </summary>
/// <param name="Kind">phone, email, handle, website, age, nationality, city, price, indicator.</param>
/// <param name="Value">What it reads as: the phone in E.164, the age, the rule id.</param>
/// <param name="Field">title, body or phone (the site's phone field), when the span is known.</param>
/// <param name="Start">Offset of the span in that field's text (UTF-16 code units).</param>
/// <param name="Length">Length of the span.</param>
/// <param name="Text">The span's text as written.</param>
/// <param name="Techniques">How a phone was written (national, number words, odd separators …).</param>
/// <param name="Obfuscated">True when a phone or e-mail was hidden on purpose.</param>
/// <param name="Description">An indicator's description.</param>
/// <param name="Weight">An indicator's weight in the ad's score.</param>
/// <param name="Evidence">The source behind an indicator's weight.</param>
public sealed record AdFinding(
    string Kind,
    string Value,
    string? Field,
    int? Start,
    int? Length,
    string? Text,
    IReadOnlyList<string> Techniques,
    bool Obfuscated,
    string? Description,
    double? Weight,
    string? Evidence);
