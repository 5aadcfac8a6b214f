namespace Threadline.Simulation.Styles;

/// <summary>Everything the writing styles need (Data/styles.json): the styles, names, agency names, site title conventions and sentence banks.</summary>
internal sealed class StyleBook
{
    public required StyleInfo[] Styles { get; init; }

    /// <summary>Invented agency names; an agency's full name may add one of <see cref="AgencyWords"/>.</summary>
    public required string[] AgencyNames { get; init; }

    public required string[] AgencyWords { get; init; }

    /// <summary>Per site: the title convention for a person and for an agency.</summary>
    public required Dictionary<string, SiteTitle> SiteTitles { get; init; }

    public required RotationInfo Rotation { get; init; }

    /// <summary>Numbers an adversarial scam spreads its copies over (min, max).</summary>
    public required int[] ScamPhones { get; init; }

    /// <summary>Templates a seller offers per language (adversarial style).</summary>
    public required int SoldTemplates { get; init; }

    /// <summary>Share of adversarial independents who write from a bought template (the rest add stock phrases to their own words).</summary>
    public required double SoldShare { get; init; }

    /// <summary>Stock phrases per adversarial ad (min, max).</summary>
    public required int[] StockPhrases { get; init; }

    /// <summary>Share of multilingual ads that mix a second language into the text.</summary>
    public required double MixShare { get; init; }

    /// <summary>Languages women of an origin write in, besides the local ones (multilingual style).</summary>
    public required Dictionary<string, string[]> LanguagesByOrigin { get; init; }

    /// <summary>Origins of independents in the multilingual style.</summary>
    public required Dictionary<string, double> MultilingualOrigins { get; init; }

    /// <summary>Per origin: names, each a list of written forms (first: the canonical Latin form; then other scripts and transliterations).</summary>
    public required Dictionary<string, string[][]> Names { get; init; }

    public required Dictionary<string, StylePack> Packs { get; init; }

    /// <summary>Share of styled ads whose phone is written as a messaging link.</summary>
    public required double LinkShare { get; init; }

    /// <summary>Messaging links to a phone; <c>{e164}</c> is the number with its plus.</summary>
    public required string[] LinkForms { get; init; }

    /// <summary>Per sold template: the seller's channel and group links, printed in every copy (adversarial style).</summary>
    public required string[][] SellerChannels { get; init; }

    public StylePack Pack(string language) => Packs.TryGetValue(language, out var p) ? p : Packs["en"];
}
