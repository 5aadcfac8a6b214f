namespace Threadline.Application.Queries.Movement;

/// <summary>One persona going from one city to the next: the end of one stay to the start of the next.</summary>
public sealed record MapMove(string PersonaId, string From, string To, DateTimeOffset Left, DateTimeOffset Arrived);
