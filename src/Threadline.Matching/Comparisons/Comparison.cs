using Threadline.Matching.Records;

namespace Threadline.Matching.Comparisons;

/// <summary>
/// One comparison of a Fellegi–Sunter model, as Splink defines them: ordered levels from the strongest agreement
/// (level 0) to "different" (the last); a pair falls into the first level it meets. Level -1 means "cannot compare"
/// (a value missing on either side): it contributes no weight.
/// </summary>
public abstract class Comparison
{
    /// <summary>The comparison's name (a field or group of fields).</summary>
    public abstract string Name { get; }

    /// <summary>The level labels, best first, "different" last.</summary>
    public abstract IReadOnlyList<string> Levels { get; }

    /// <summary>The level of a pair, or -1 when a value is missing.</summary>
    public abstract int Level(PreparedRecord a, PreparedRecord b);
}
