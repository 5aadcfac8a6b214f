namespace Threadline.Simulation.Core;

/// <summary>Words the ads are written with, per language (Data/lexicon.json).</summary>
internal sealed class Lexicon
{
    public required Dictionary<string, string[]> DigitWords { get; init; }

    public required Dictionary<string, int> Homophones { get; init; }

    public required Dictionary<string, string[]> Fragments { get; init; }

    public required Dictionary<string, LanguagePack> Languages { get; init; }

    public required Dictionary<string, string[]> WorkingNames { get; init; }
}

/// <summary>Sentence banks of one language. Slots in braces are filled per ad.</summary>
internal sealed class LanguagePack
{
    public required Dictionary<string, string[]> Nationality { get; init; }

    public required string[] Title { get; init; }

    public required string[] OpenFirstPerson { get; init; }

    public required string[] OpenThirdPerson { get; init; }

    public required string[] OpenFirstPlural { get; init; }

    public required string[] Describe { get; init; }

    public required string[] Services { get; init; }

    public required string[] Price { get; init; }

    public required string[] ContactFirstPerson { get; init; }

    public required string[] ContactThirdPerson { get; init; }

    public required string[] ContactFirstPlural { get; init; }

    public required string[] Close { get; init; }

    public required Dictionary<string, string[]> Indicators { get; init; }

    public string[] Open(string voice) => voice switch
    {
        Voices.ThirdPerson => OpenThirdPerson,
        Voices.FirstPlural => OpenFirstPlural,
        _ => OpenFirstPerson,
    };

    public string[] Contact(string voice) => voice switch
    {
        Voices.ThirdPerson => ContactThirdPerson,
        Voices.FirstPlural => ContactFirstPlural,
        _ => ContactFirstPerson,
    };
}

/// <summary>Who speaks in an ad: the woman herself, someone about her, or a group.</summary>
internal static class Voices
{
    public const string FirstPerson = "first_person";
    public const string ThirdPerson = "third_person";
    public const string FirstPlural = "first_plural";
}
