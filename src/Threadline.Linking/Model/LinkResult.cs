namespace Threadline.Linking;

/// <summary>Everything linking produced, every grouping with its reasons.</summary>
public sealed record LinkResult
{
    /// <summary>The wording every output carries: a network is a lead, never a verdict.</summary>
    public const string LeadNotice =
        "Networks and scores are leads for an analyst to verify, not findings of fact or of guilt.";

    public required IReadOnlyList<Persona> Personas { get; init; }

    /// <summary>Networks ranked by risk score (highest first).</summary>
    public required IReadOnlyList<Network> Networks { get; init; }

    public required IReadOnlyList<Template> Templates { get; init; }

    public required IReadOnlyList<HubDecision> Hubs { get; init; }

    public IReadOnlyList<FlaggedBooker> FlaggedBookers { get; init; } = [];

    /// <summary>Each ad's persona and network, in the input order.</summary>
    public required IReadOnlyList<AdAssignment> Assignments { get; init; }

    /// <summary>Bookings tied to no network.</summary>
    public int UnlinkedBookings { get; init; }

    public LinkStatistics Statistics { get; init; } = new();

    /// <summary>The scored persona model as estimated on this input (null when it did not run or had nothing to compare).</summary>
    public PersonaModelSummary? PersonaModel { get; init; }
}

/// <summary>One ad's place in the result.</summary>
public sealed record AdAssignment(string AdId, string PersonaId, string? NetworkId, string? TemplateId);

/// <summary>Counts and stage timings of a run.</summary>
public sealed record LinkStatistics
{
    public int Ads { get; init; }

    public int Bookings { get; init; }

    public int PhotoClusters { get; init; }

    public int TemplateClusters { get; init; }

    public int LargestNetworkAds { get; init; }

    public IReadOnlyDictionary<string, double> StageSeconds { get; init; } = new Dictionary<string, double>(StringComparer.Ordinal);
}
