namespace Threadline.Extraction.Data;

/// <summary>A gazetteer city.</summary>
internal sealed record City(int GeoNameId, string Name, string Country, int Population);
