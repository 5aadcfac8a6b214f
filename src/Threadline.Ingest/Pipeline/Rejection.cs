namespace Threadline.Ingest.Pipeline;

/// <summary>
/// A line of the quarantine file: a record (or a whole file) that was not accepted, or, when
/// <see cref="Kept"/> is true, a value left out of a record that was kept.
/// </summary>
/// <param name="File">Path of the file.</param>
/// <param name="Line">1-based line where the record starts; 0 when the whole file is rejected (or for a page).</param>
/// <param name="Reason">Why, in one plain sentence.</param>
/// <param name="Excerpt">The start of the record, or for a kept record the value left out (a short excerpt, control characters shown as spaces).</param>
public sealed record Rejection(string File, long Line, string Reason, string Excerpt)
{
    /// <summary>True when the record was kept and only the value the reason names was left out.</summary>
    public bool Kept { get; init; }

    /// <summary>Where in the record the problem is, for formats that name it (a camt element path, a CSV column); null otherwise.</summary>
    public string? Element { get; init; }
}
