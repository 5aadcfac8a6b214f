namespace Threadline.Simulation;

/// <summary>Parameters of one simulated world. Same options and seed give byte-identical files.</summary>
public sealed record SimulationOptions
{
    /// <summary>Seed of every random choice.</summary>
    public long Seed { get; init; } = 1;

    /// <summary>Number of ad records to write (re-posted versions count).</summary>
    public int Ads { get; init; } = 20_000;

    /// <summary>Generate photo files (PNG/JPEG) for the ads.</summary>
    public bool Images { get; init; }

    /// <summary>First day of the simulated period.</summary>
    public DateOnly Start { get; init; } = new(2026, 1, 5);

    /// <summary>Length of the simulated period in days.</summary>
    public int Days { get; init; } = 120;

    /// <summary>Optional JSON file merged over the default profiles (see <see cref="Simulator.DefaultProfileJson"/>).</summary>
    public string? ProfilePath { get; init; }

    /// <summary>
    /// Writing styles (<see cref="Styles.StyleCatalog.Names"/>; <c>mixed</c> for all): each group of an actor kind a
    /// requested style applies to is written in one of them. Empty (the default): the default world, byte for byte.
    /// </summary>
    public IReadOnlyList<string> Styles { get; init; } = [];

    /// <summary>Throws <see cref="ArgumentException"/> when a value is out of its documented range.</summary>
    public void Validate()
    {
        if (Ads is < 1 or > 100_000_000)
        {
            throw new ArgumentException("Ads must be between 1 and 100,000,000", nameof(Ads));
        }

        if (Days is < 7 or > 3660)
        {
            throw new ArgumentException("Days must be between 7 and 3,660", nameof(Days));
        }

        try
        {
            if (!Styles.SequenceEqual(global::Threadline.Simulation.Styles.StyleCatalog.Expand(Styles), StringComparer.Ordinal))
            {
                throw new ArgumentException("Styles must be known style names in catalogue order without repeats: use StyleCatalog.Expand", nameof(Styles));
            }
        }
        catch (ArgumentException e) when (e.ParamName is null)
        {
            throw new ArgumentException(e.Message, nameof(Styles), e);
        }

        if (ProfilePath is not null && !File.Exists(ProfilePath))
        {
            throw new ArgumentException("profile file not found: " + ProfilePath, nameof(ProfilePath));
        }
    }
}

/// <summary>Progress of a run: ad records written so far out of the total.</summary>
public readonly record struct SimulationProgress(long AdsWritten, long AdsTotal);

/// <summary>What a run wrote.</summary>
/// <param name="OutDir">The output folder.</param>
/// <param name="Ads">Ad records written.</param>
/// <param name="AdsByActor">Ad records per actor kind (independent, agency, trafficking, scam, bot), ordinal key order.</param>
/// <param name="Personas">Personas in the truth.</param>
/// <param name="Networks">Trafficking networks.</param>
/// <param name="Agencies">Agencies.</param>
/// <param name="Bookings">Booking records.</param>
/// <param name="Transactions">Transactions in the CSV.</param>
/// <param name="StatementFiles">camt.053 files.</param>
/// <param name="ImageFiles">Image files.</param>
/// <param name="Elapsed">Wall time of the run (not written to any file).</param>
public sealed record SimulationSummary(
    string OutDir,
    long Ads,
    IReadOnlyDictionary<string, long> AdsByActor,
    long Personas,
    long Networks,
    long Agencies,
    long Bookings,
    long Transactions,
    long StatementFiles,
    long ImageFiles,
    TimeSpan Elapsed);
