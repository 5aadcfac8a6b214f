namespace Threadline.Linking;

/// <summary>What was done with an identifier judged to be a hub.</summary>
public enum HubAction
{
    /// <summary>The identifier links nothing.</summary>
    Cut,

    /// <summary>The identifier still links, with a lower weight, but does not merge groups.</summary>
    DownWeighted,
}

/// <summary>
/// An identifier that would glue unrelated ads into one giant group (a site's own number, a stock
/// photo, a scam number pasted everywhere, boilerplate text), with the figures behind the decision.
/// </summary>
public sealed record HubDecision
{
    public required EvidenceKind Kind { get; init; }

    public required string Value { get; init; }

    public required HubAction Action { get; init; }

    public int AdCount { get; init; }

    /// <summary>Distinct phones (other than the identifier itself) among the ads it would join.</summary>
    public int DistinctPhones { get; init; }

    public int Sites { get; init; }

    public int Cities { get; init; }

    public int Countries { get; init; }

    public int Languages { get; init; }

    public double SpanDays { get; init; }

    public required string Reason { get; init; }
}
