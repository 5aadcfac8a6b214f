namespace Threadline.Extraction.Data;

/// <summary>A gazetteer city, with its point (WGS84 degrees) for maps.</summary>
internal sealed record City(int GeoNameId, string Name, string Country, int Population, double Latitude, double Longitude);
