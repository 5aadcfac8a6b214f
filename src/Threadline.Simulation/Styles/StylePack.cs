namespace Threadline.Simulation.Styles;

/// <summary>The sentence banks of one language for the writing styles. Slots in braces are filled per ad.</summary>
internal sealed class StylePack
{
    public required string[] TitleFree { get; init; }

    public required string[] TitleAgency { get; init; }

    public required string[] OpenFirst { get; init; }

    public required string[] OpenThird { get; init; }

    public required string[] OpenAgency { get; init; }

    public required string[] Describe { get; init; }

    public required string[] Services { get; init; }

    public required string[] Price { get; init; }

    public required string[] ContactFirst { get; init; }

    public required string[] ContactThird { get; init; }

    public required string[] ContactAgency { get; init; }

    public required string[] Close { get; init; }

    /// <summary>Words a number is glued to ("call0470…").</summary>
    public required string[] Glue { get; init; }

    /// <summary>Indicator phrases by indicator name (new_in_town, availability_24_7, trustworthy).</summary>
    public required Dictionary<string, string[]> Extras { get; init; }

    /// <summary>Stock phrases that unrelated advertisers copy (adversarial style); empty where none are written.</summary>
    public required string[] Stock { get; init; }

    public string[] Open(string voice) => voice switch
    {
        StyleVoice.Agency => OpenAgency,
        StyleVoice.Third => OpenThird,
        _ => OpenFirst,
    };

    public string[] Contact(string voice) => voice switch
    {
        StyleVoice.Agency => ContactAgency,
        StyleVoice.Third => ContactThird,
        _ => ContactFirst,
    };
}
