namespace Threadline.Extraction;

/// <summary>A nationality or ethnicity term mapped to ISO 3166 alpha-2 codes.</summary>
/// <param name="Term">The lexicon term (folded), e.g. <c>chinoise</c>.</param>
/// <param name="Countries">One code for a nationality (<c>CN</c>); several for a regional or ethnic term (<c>asiatique</c>).</param>
/// <param name="Kind"><c>nationality</c>, <c>ethnicity</c> or <c>country_name</c>.</param>
/// <param name="Language">Language of the term (ISO 639-1).</param>
/// <param name="Span">Where it was written.</param>
public sealed record NationalityHit(string Term, IReadOnlyList<string> Countries, string Kind, string Language, TextSpan Span);
