namespace Threadline.Linking;

/// <summary>Tuning knobs of a linking run. The defaults are the ones docs/linking.md explains.</summary>
public sealed record LinkOptions
{
    /// <summary>Words per shingle for near-duplicate detection.</summary>
    public int ShingleSize { get; init; } = 3;

    /// <summary>LSH bands; bands × rows = MinHash signature length.</summary>
    public int Bands { get; init; } = 16;

    /// <summary>Rows per LSH band.</summary>
    public int RowsPerBand { get; init; } = 4;

    /// <summary>Estimated Jaccard similarity at which two ads share a template.</summary>
    public double TemplateSimilarity { get; init; } = 0.5;

    /// <summary>Estimated Jaccard similarity at which two ads of one group count as the same text (same persona).</summary>
    public double SameTextSimilarity { get; init; } = 0.9;

    /// <summary>At most this many tokens of an ad are read for its text signature.</summary>
    public int MaxTokens { get; init; } = 400;

    /// <summary>At most this many members are aligned to build a template.</summary>
    public int MaxTemplateMembersAligned { get; init; } = 24;

    /// <summary>Hamming distance at which two 64-bit image hashes show the same photo.</summary>
    public int PhotoMaxDistance { get; init; } = 8;

    /// <summary>An identifier joining ads with more distinct other phones than this is a hub.</summary>
    public int HubMaxPhones { get; init; } = 12;

    /// <summary>An identifier on more than this share of all ads is a hub (with at least <see cref="HubMinAds"/> ads).</summary>
    public double HubMaxShare { get; init; } = 0.05;

    /// <summary>Smallest ad count for the share rule.</summary>
    public int HubMinAds { get; init; } = 200;

    /// <summary>Weights of the risk score's parts and the flag threshold (default: the shipped data file).</summary>
    public RiskWeights RiskWeights { get; init; } = RiskWeights.Default;

    /// <summary>A stay of at most this many nights is short (booker red flag).</summary>
    public int ShortStayNights { get; init; } = 7;

    /// <summary>A booker with at least this many short stays in two or more cities is flagged.</summary>
    public int BookerMinShortStays { get; init; } = 3;

    /// <summary>Guess the person's name and age from the text when an ad has none (see docs/linking.md).</summary>
    public bool GuessNamesAndAges { get; init; } = true;

    /// <summary>
    /// Runs the scored persona model (<c>Personas/PersonaModel</c>) after the persona rules: parts of personas that EM's
    /// estimated weights score at or over <see cref="PersonaMatchProbability"/> and that no hard constraint separates are
    /// joined, each join with its evidence. On by default (docs/linking.md, "The scored persona model": judged on every
    /// simulator style and three seeds, it moves no figure down).
    /// </summary>
    public bool ScorePersonas { get; init; } = true;

    /// <summary>The match probability from which the persona model joins two parts.</summary>
    public double PersonaMatchProbability { get; init; } = 0.5;

    /// <summary>
    /// Maps a city name to the key cities are compared under (e.g. a gazetteer id, so that "Bruxelles" in a
    /// booking and "Brussels" in an ad are one city). Default: case and accents folded. Must be thread-safe.
    /// </summary>
    public Func<string, string>? CityKey { get; init; }

    /// <summary>Degree of parallelism for the heavy stages.</summary>
    public int Parallelism { get; init; } = Math.Max(1, Math.Min(Environment.ProcessorCount, 2));

    /// <summary>Seed of the MinHash permutations (same seed, same result).</summary>
    public int Seed { get; init; } = 20230214;
}
