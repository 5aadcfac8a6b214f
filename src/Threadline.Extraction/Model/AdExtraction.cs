namespace Threadline.Extraction;

/// <summary>Everything extracted from one ad. Every hit carries its span.</summary>
/// <param name="Phones">Phone numbers, de-duplicated by E.164 (spans merged).</param>
/// <param name="Emails">E-mail addresses.</param>
/// <param name="Handles">Messaging and social handles.</param>
/// <param name="Urls">URLs and web addresses.</param>
/// <param name="Ages">Stated ages.</param>
/// <param name="Nationalities">Nationality and ethnicity terms.</param>
/// <param name="Cities">City mentions.</param>
/// <param name="Prices">Prices.</param>
/// <param name="Language">Language of the ad.</param>
/// <param name="Indicators">Indicator hits (all matches).</param>
/// <param name="IndicatorScore">Sum of the weights of the distinct rules hit; see <see cref="ScoreParts"/>.</param>
/// <param name="ScoreParts">Rule id and weight of each distinct rule hit, in order of first hit: the score explained.</param>
/// <param name="Notes">What the extractor did to the input (e.g. a field truncated to the cap).</param>
public sealed record AdExtraction(
    IReadOnlyList<PhoneHit> Phones,
    IReadOnlyList<EmailHit> Emails,
    IReadOnlyList<HandleHit> Handles,
    IReadOnlyList<UrlHit> Urls,
    IReadOnlyList<AgeHit> Ages,
    IReadOnlyList<NationalityHit> Nationalities,
    IReadOnlyList<CityHit> Cities,
    IReadOnlyList<PriceHit> Prices,
    LanguageGuess Language,
    IReadOnlyList<IndicatorHit> Indicators,
    double IndicatorScore,
    IReadOnlyList<KeyValuePair<string, double>> ScoreParts,
    IReadOnlyList<string> Notes);
