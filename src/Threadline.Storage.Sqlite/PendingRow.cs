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

    public SeenWindow Seen { get; set; }

    /// <summary>A stored row whose window or locator changed.</summary>
    public bool Dirty { get; set; }

    /// <summary>Widens the seen window with one more sighting (<see cref="SeenWindow.Widen(SeenWindow)"/>); returns whether anything changed.</summary>
    public bool Merge(SeenWindow sighting)
    {
        var merged = Seen.Widen(sighting);
        if (merged == Seen)
        {
            return false;
        }

        Seen = merged;
        return true;
    }
}
