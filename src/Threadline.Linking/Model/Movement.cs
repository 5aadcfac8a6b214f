namespace Threadline.Linking;

/// <summary>How a persona or network's ads moved between cities over time.</summary>
public sealed record Movement
{
    public DateTimeOffset? FirstSeen { get; init; }

    public DateTimeOffset? LastSeen { get; init; }

    /// <summary>Consecutive runs of ads in one city, in time order.</summary>
    public IReadOnlyList<Stay> Stays { get; init; } = [];

    /// <summary>City changes per 30 days of activity.</summary>
    public double MovesPerMonth { get; init; }

    public IReadOnlyList<string> Countries { get; init; } = [];

    public IReadOnlyList<string> Cities { get; init; } = [];

    public RotationPattern Pattern { get; init; }

    /// <summary>Median stay length in days (0 when there is one stay or none).</summary>
    public double MedianStayDays { get; init; }

    /// <summary>One sentence describing the movement.</summary>
    public string Description { get; init; } = "";
}

/// <summary>A run of ads in one city.</summary>
public sealed record Stay(string City, string? Country, DateTimeOffset From, DateTimeOffset To, int Ads);

/// <summary>Broad movement pattern.</summary>
public enum RotationPattern
{
    /// <summary>No dated ads.</summary>
    Unknown,

    /// <summary>One city.</summary>
    Static,

    /// <summary>A few moves, one country, or long stays.</summary>
    Touring,

    /// <summary>Regular moves every few days to weeks.</summary>
    Rotation,

    /// <summary>Regular moves across two or more countries.</summary>
    MultiCountryRotation,
}
