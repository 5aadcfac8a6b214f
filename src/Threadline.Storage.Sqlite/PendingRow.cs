using Threadline.Core.Statements;

namespace Threadline.Storage.Sqlite;

/// <summary>A statement row of one entity while a write merges a batch into it.</summary>
internal sealed class PendingRow
{
    /// <summary>Row id when stored already; 0 for a row this write inserts.</summary>
    public long Sid { get; init; }

    /// <summary>The statement to insert (null for stored rows).</summary>
    public Statement? Statement { get; init; }

    public bool FullText { get; init; }

    public long? First { get; set; }

    public long? Last { get; set; }

    public string? Locator { get; set; }

    /// <summary>A stored row whose window or locator changed.</summary>
    public bool Dirty { get; set; }

    /// <summary>
    /// Widens the seen window with one more sighting and keeps the locator of the earliest sighting.
    /// Returns whether anything changed.
    /// </summary>
    public bool Merge(long? first, long? last, string? locator)
    {
        var newFirst = Min(First, first);
        var newLast = Max(Last, last);
        var newLocator = Locator;
        var earlier = first is { } f && (First is null || f < First.Value);
        if (locator is not null && (earlier || Locator is null))
        {
            newLocator = locator;
        }

        var changed = newFirst != First || newLast != Last || !string.Equals(newLocator, Locator, StringComparison.Ordinal);
        First = newFirst;
        Last = newLast;
        Locator = newLocator;
        return changed;
    }

    private static long? Min(long? a, long? b) => a is null ? b : b is null ? a : Math.Min(a.Value, b.Value);

    private static long? Max(long? a, long? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);
}
