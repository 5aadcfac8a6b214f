namespace Threadline.Application.Queries.Movement;

/// <summary>A run of one persona's ads in one city (a stay), as the map and timeline draw it.</summary>
public sealed record MapStay(string PersonaId, string City, string? Country, DateTimeOffset From, DateTimeOffset To, int Ads);
