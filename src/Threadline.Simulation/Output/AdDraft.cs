using Threadline.Simulation.Truth;

namespace Threadline.Simulation.Output;

/// <summary>An ad as generated, before it is written: the visible fields and its truth.</summary>
internal sealed class AdDraft
{
    public required string Site { get; init; }

    public required string AdId { get; init; }

    public required DateTimeOffset PostedAt { get; init; }

    public int Version { get; init; } = 1;

    public required string City { get; init; }

    public required string CityLocal { get; init; }

    public required string Country { get; init; }

    public required string Title { get; init; }

    public required string Body { get; init; }

    public string? PhoneField { get; init; }

    public int? Age { get; init; }

    public string? Ethnicity { get; init; }

    public required string Language { get; init; }

    public required string Voice { get; init; }

    public required string Actor { get; init; }

    public required string Persona { get; init; }

    public string? Network { get; init; }

    public string? NetworkProfile { get; init; }

    public string? Template { get; init; }

    public AdKey? CopiedFrom { get; init; }

    /// <summary>The writing style of the group that wrote the ad (null: the default world's writing).</summary>
    public string? Style { get; init; }

    public required List<PhoneMention> Phones { get; init; }

    public required List<Decoy> Decoys { get; init; }

    public required List<string> Indicators { get; init; }

    public required List<ImageSpec> Images { get; init; }

    /// <summary>Order of generation: the final tie-breaker when sorting a batch by time.</summary>
    public long Sequence { get; set; }

    public string Url => "https://" + Site + "/ad/" + AdId;

    public AdTruth ToTruth(string file, IReadOnlyList<ImageTruth> images) => new(
        Site, AdId, PostedAt, Version, file, City, Country, Language, Voice, Actor, Persona, Network, NetworkProfile, Template, CopiedFrom, Phones, Decoys, Indicators, images, Style);
}

/// <summary>A photo to render for an ad: the original photo's seed and the changes this copy gets.</summary>
internal sealed record ImageSpec(string Photo, string Owner, ulong PhotoSeed, ulong VariantSeed, IReadOnlyList<string> Transforms);
