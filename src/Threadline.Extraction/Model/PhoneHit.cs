namespace Threadline.Extraction;

/// <summary>A phone number found in an ad.</summary>
/// <param name="E164">Normalised number, e.g. <c>+32470123456</c> (valid per libphonenumber).</param>
/// <param name="Region">ISO 3166 alpha-2 region of the number per libphonenumber.</param>
/// <param name="Spans">Where it was written: one span, or two when split between title and body.</param>
/// <param name="Techniques">How it was written, from <see cref="PhoneTechniques"/> (e.g. <c>national</c>, <c>number_words</c>).</param>
/// <param name="NumberWordLanguages">Languages of the number words used (ISO 639-1; <c>zh</c> for Chinese numerals); empty when none.</param>
/// <param name="Obfuscated">True when at least one hiding technique was used (see <see cref="PhoneTechniques.IsObfuscation"/>).</param>
public sealed record PhoneHit(
    string E164,
    string Region,
    IReadOnlyList<TextSpan> Spans,
    IReadOnlyList<string> Techniques,
    IReadOnlyList<string> NumberWordLanguages,
    bool Obfuscated);
