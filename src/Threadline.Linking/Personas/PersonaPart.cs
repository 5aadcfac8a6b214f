namespace Threadline.Linking.Personas;

/// <summary>
/// One part of a persona as the rules left it (a union-find group of ads), summarised for comparison: its main name
/// in the forms the comparisons need, its main stated age and figures, its photos, templates and numbers, its network
/// group, and where it was advertised on which day.
/// </summary>
internal sealed class PersonaPart
{
    public required int FirstAd { get; init; }

    public required int Network { get; init; }

    /// <summary>The group the part was in before the rules split groups seen in two cities at once (two women by presence).</summary>
    public int BeforeSplit { get; init; }

    /// <summary>The most frequent name as written (null when the part names nobody).</summary>
    public string? Name { get; init; }

    /// <summary>The name as the rules compare it (<see cref="Graph.PersonaGrouper.NormaliseName"/>).</summary>
    public string? NameKey { get; init; }

    /// <summary>Spelling skeleton (<see cref="Text.NameVariants.Skeleton"/>): transliterated, folded, no spaces.</summary>
    public string Skeleton { get; init; } = "";

    /// <summary>Readings as pinyin syllables, Wade–Giles spellings read as pinyin ("Hsiao Yu" → "xiao yu"; <see cref="Romanisation"/>).</summary>
    public string[] Syllables { get; init; } = [];

    /// <summary>
    /// The other names its ads give her (an ad that names its one woman one way in the title and another in the body:
    /// "Зоя (28) … soy Zoe", "Lieve Aleksandra … dame Sandra"; <see cref="Text.PersonHints"/>), as the rules compare names.
    /// </summary>
    public string[] Aliases { get; init; } = [];

    /// <summary>The most frequent stated age, -1 when none.</summary>
    public int Age { get; init; } = -1;

    /// <summary>The most frequent complete height and weight (<see cref="Text.BodyStats"/>), 0 when none.</summary>
    public int Figure { get; init; }

    public int[] Photos { get; init; } = [];

    public int[] Templates { get; init; } = [];

    /// <summary>Phones, e-mails and handles (not hubs).</summary>
    public int[] Numbers { get; init; } = [];

    /// <summary>Per day (days since 0001-01-01, UTC), the city keys of the part's ads that day.</summary>
    public Dictionary<int, string[]> Days { get; init; } = [];

    public int FirstDay { get; init; }

    public int LastDay { get; init; }
}
