namespace Threadline.Application.Queries.Movement;

/// <summary>A city on a movement map: where the gazetteer puts it (null when it does not know the name) and the ads there.</summary>
public sealed record MapCity(string Name, string? Country, double? Latitude, double? Longitude, int Ads, int Stays);
