namespace Threadline.Extraction;

/// <summary>A mention of a European city from the gazetteer (GeoNames).</summary>
/// <param name="GeoNameId">GeoNames id, e.g. 2800866 for Brussels.</param>
/// <param name="Name">GeoNames' name, e.g. <c>Brussels</c>.</param>
/// <param name="Country">ISO 3166 alpha-2 code.</param>
/// <param name="Span">Where it was written (any of the names, e.g. <c>Bruxelles</c>).</param>
public sealed record CityHit(int GeoNameId, string Name, string Country, TextSpan Span);
