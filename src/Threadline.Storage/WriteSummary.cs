namespace Threadline.Storage;

/// <summary>What a write did.</summary>
/// <param name="Inserted">New statements.</param>
/// <param name="Updated">Existing statements whose seen-window widened.</param>
/// <param name="Unchanged">Statements already stored exactly so.</param>
public readonly record struct WriteSummary(long Inserted, long Updated, long Unchanged)
{
    public static WriteSummary operator +(WriteSummary a, WriteSummary b) =>
        new(a.Inserted + b.Inserted, a.Updated + b.Updated, a.Unchanged + b.Unchanged);

    public WriteSummary Add(WriteSummary other) => this + other;
}
