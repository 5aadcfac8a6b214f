namespace Threadline.Linking;

/// <summary>
/// Personas judged to be advertised by one controlling organisation (or one agency), with the
/// evidence, movement, bookings and a risk score. A network is a lead for an analyst, never a verdict.
/// </summary>
public sealed record Network
{
    public required string Id { get; init; }

    /// <summary>1 = highest risk score.</summary>
    public int Rank { get; init; }

    public required IReadOnlyList<string> PersonaIds { get; init; }

    public int AdCount { get; init; }

    /// <summary>Confidence that the personas are advertised by one organisation.</summary>
    public double Confidence { get; init; }

    public IReadOnlyList<LinkEvidence> Evidence { get; init; } = [];

    public IReadOnlyList<string> Phones { get; init; } = [];

    public IReadOnlyList<string> Emails { get; init; } = [];

    public IReadOnlyList<string> Handles { get; init; } = [];

    public IReadOnlyList<string> TemplateIds { get; init; } = [];

    public IReadOnlyList<string> Sites { get; init; } = [];

    public required Movement Movement { get; init; }

    public IReadOnlyList<BookingLink> Bookings { get; init; } = [];

    public required RiskScore Risk { get; init; }

    /// <summary>True when the risk score reaches the flag threshold (<see cref="RiskScore.Flagged"/>): worth an analyst's look.</summary>
    public bool Flagged => Risk.Flagged;
}
