namespace Threadline.Linking;

/// <summary>What the report shows and how much of it.</summary>
public sealed record ReportOptions
{
    public string Title { get; init; } = "Threadline linking report";

    /// <summary>Networks shown in detail (all of them are in the ranked table).</summary>
    public int MaxNetworkDetails { get; init; } = 1000;

    /// <summary>Source ads listed per network.</summary>
    public int MaxAdsPerNetwork { get; init; } = 40;

    /// <summary>Photos shown per network.</summary>
    public int MaxPhotosPerNetwork { get; init; } = 12;

    /// <summary>Templates shown in the templates section (largest first).</summary>
    public int MaxTemplates { get; init; } = 100;

    /// <summary>
    /// The photo of an ad's image reference as a <c>data:</c> URI (adId, reference → URI), made from a file
    /// the investigator ingested; null shows the reference as text. The report loads nothing: without
    /// this, or for a remote URL, every photo is shown as its reference.
    /// </summary>
    public Func<string, string, string?>? PhotoData { get; init; }

    /// <summary>Photos embedded in the whole report at most (each a few kilobytes); later ones are shown as references.</summary>
    public int MaxEmbeddedPhotos { get; init; } = 2000;

    /// <summary>Only flagged networks are detailed when true.</summary>
    public bool FlaggedOnly { get; init; }

    /// <summary>Shown in the header (e.g. the workspace name and the time of the run).</summary>
    public string? Subtitle { get; init; }

    /// <summary>Further sections from the caller (money, eval…), rendered after the networks as escaped tables.</summary>
    public IReadOnlyList<ReportSection> ExtraSections { get; init; } = [];
}
