namespace Threadline.Extraction;

/// <summary>A gazetteer city as a point on a map (GeoNames, CC-BY 4.0; WGS84 degrees).</summary>
/// <param name="GeoNameId">The GeoNames id.</param>
/// <param name="Name">The gazetteer's name of the city.</param>
/// <param name="Country">ISO 3166-1 alpha-2 code, upper case.</param>
/// <param name="Latitude">Degrees north.</param>
/// <param name="Longitude">Degrees east.</param>
public sealed record CityPlace(int GeoNameId, string Name, string Country, double Latitude, double Longitude);
