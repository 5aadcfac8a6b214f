namespace Threadline.Storage.Postgres;

/// <summary>One statement of a batch as it will be stored: new (with the index of its first sighting) or already stored.</summary>
internal sealed class PendingRow
{
    /// <summary>Index in the batch of the statement inserted; -1 when the row was already stored.</summary>
    public int Index { get; init; } = -1;

    public bool IsNew => Index >= 0;

    /// <summary>The window as it will be stored.</summary>
    public SeenWindow Seen { get; set; }

    /// <summary>A stored row whose window widened.</summary>
    public bool Dirty { get; set; }
}
