using Threadline.Core.Statements;

namespace Threadline.Storage;

/// <summary>
/// When a statement was seen, and where first: the part of a stored statement that seeing it again may change.
/// Times are UTC ticks (engines store an instant, not an offset); null is "unknown".
/// </summary>
/// <param name="First">Earliest sighting, UTC ticks.</param>
/// <param name="Last">Latest sighting, UTC ticks.</param>
/// <param name="Locator">Where the earliest sighting was (file and line, URL).</param>
public readonly record struct SeenWindow(long? First, long? Last, string? Locator)
{
    /// <summary>The window of one sighting: the statement's own first/last seen and locator.</summary>
    public static SeenWindow Of(Statement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        return new(statement.FirstSeen?.UtcTicks, statement.LastSeen?.UtcTicks, statement.Locator);
    }

    /// <summary>
    /// The merge rule for a statement seen again: the window widens (earliest first, latest last, an unknown time
    /// never narrows a known one) and the locator is the earliest sighting's; a sighting with a locator fills in
    /// a missing one. The result equals this window when nothing changed.
    /// </summary>
    public SeenWindow Widen(long? first, long? last, string? locator)
    {
        var earlier = first is { } f && (First is null || f < First.Value);
        var newLocator = locator is not null && (earlier || Locator is null) ? locator : Locator;
        return new SeenWindow(Min(First, first), Max(Last, last), newLocator);
    }

    /// <summary><see cref="Widen(long?, long?, string?)"/> with another sighting's window.</summary>
    public SeenWindow Widen(SeenWindow other) => Widen(other.First, other.Last, other.Locator);

    private static long? Min(long? a, long? b) => a is null ? b : b is null ? a : Math.Min(a.Value, b.Value);

    private static long? Max(long? a, long? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);
}
