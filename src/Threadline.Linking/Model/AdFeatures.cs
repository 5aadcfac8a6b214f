namespace Threadline.Linking;

/// <summary>
/// What linking needs to know about one ad (or one version of an ad): where and when it was posted,
/// its text, and the identifiers and indicators extraction found in it. The caller maps its own data
/// (a workspace, a file) to these records; linking reads nothing else.
/// </summary>
public sealed record AdFeatures
{
    /// <summary>A unique id of the ad within the run (e.g. the workspace entity id or "site:ad_id").</summary>
    public required string AdId { get; init; }

    /// <summary>The site's name.</summary>
    public string Site { get; init; } = "";

    /// <summary>Where the ad can be found again: its URL, or "file:line".</summary>
    public string? Locator { get; init; }

    /// <summary>When the ad (version) was posted.</summary>
    public DateTimeOffset PostedAt { get; init; }

    /// <summary>City as shown by the site (or mapped by extraction).</summary>
    public string? City { get; init; }

    /// <summary>ISO 3166-1 alpha-2 country code.</summary>
    public string? Country { get; init; }

    public string? Title { get; init; }

    public string? Body { get; init; }

    /// <summary>Language code of the ad text (e.g. "en"), when known.</summary>
    public string? Language { get; init; }

    /// <summary>Phone numbers in E.164 form ("+32470123456").</summary>
    public IReadOnlyList<string> Phones { get; init; } = [];

    /// <summary>E-mail addresses (compared case-insensitively).</summary>
    public IReadOnlyList<string> Emails { get; init; } = [];

    /// <summary>Messaging or social handles as "service:username" (e.g. "wechat:lily88").</summary>
    public IReadOnlyList<string> Handles { get; init; } = [];

    /// <summary>Names the ad gives for the advertised person, when extraction found them.</summary>
    public IReadOnlyList<string> Names { get; init; } = [];

    /// <summary>Nationality or ethnicity words as written in the ad (from extraction); never taken for a name.</summary>
    public IReadOnlyList<string> Nationalities { get; init; } = [];

    /// <summary>Ages the ad states for the advertised person; with the name it tells apart women behind one phone.</summary>
    public IReadOnlyList<int> Ages { get; init; } = [];

    /// <summary>Perceptual hashes of the ad's images (<see cref="PerceptualHash"/>).</summary>
    public IReadOnlyList<ulong> ImageHashes { get; init; } = [];

    /// <summary>References of the ad's images (relative paths or URLs), shown in the report.</summary>
    public IReadOnlyList<string> ImageRefs { get; init; } = [];

    /// <summary>The ad's indicator score from extraction (sum of rule weights).</summary>
    public double IndicatorScore { get; init; }

    /// <summary>Ids of the indicator rules that fired on the ad.</summary>
    public IReadOnlyList<string> IndicatorRules { get; init; } = [];

    /// <summary>The ad speaks of the person in the third person ("she is ...").</summary>
    public bool ThirdPerson { get; init; }

    /// <summary>The ad speaks in the first person plural ("we", "nosotras").</summary>
    public bool FirstPersonPlural { get; init; }

    /// <summary>A phone number in the ad was obfuscated (number words, odd separators ...).</summary>
    public bool ObfuscatedPhone { get; init; }

    /// <summary>The ad emphasises ethnicity or nationality.</summary>
    public bool EthnicityEmphasis { get; init; }
}
