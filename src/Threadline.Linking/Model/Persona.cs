namespace Threadline.Linking;

/// <summary>Ads judged to advertise one person, with the evidence and a confidence (0..1).</summary>
public sealed record Persona
{
    /// <summary>Stable id derived from the smallest member ad id ("P-" + hash).</summary>
    public required string Id { get; init; }

    public required IReadOnlyList<string> AdIds { get; init; }

    /// <summary>The network the persona belongs to, if any.</summary>
    public string? NetworkId { get; init; }

    /// <summary>Confidence that all the ads advertise the same person (1 for a single ad).</summary>
    public double Confidence { get; init; }

    public IReadOnlyList<LinkEvidence> Evidence { get; init; } = [];

    /// <summary>The scored persona model's joins inside this persona, each with its levels and weights.</summary>
    public IReadOnlyList<PersonaDecision> Decisions { get; init; } = [];

    public IReadOnlyList<string> Phones { get; init; } = [];

    public IReadOnlyList<string> Names { get; init; } = [];

    public IReadOnlyList<string> Sites { get; init; } = [];

    public required Movement Movement { get; init; }
}
