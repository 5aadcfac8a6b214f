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

    /// <summary>Prefix put before relative image references (e.g. "../export/"), so thumbnails resolve from the report folder.</summary>
    public string ImageBase { get; init; } = "";

    /// <summary>Only flagged networks are detailed when true.</summary>
    public bool FlaggedOnly { get; init; }

    /// <summary>Shown in the header (e.g. the workspace name and the time of the run).</summary>
    public string? Subtitle { get; init; }

    /// <summary>Further sections from the caller (money, eval…), rendered after the networks as escaped tables.</summary>
    public IReadOnlyList<ReportSection> ExtraSections { get; init; } = [];
}
