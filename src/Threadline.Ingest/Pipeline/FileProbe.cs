namespace Threadline.Ingest.Pipeline;

/// <summary>What the start of a file says about it (<see cref="IIngestFormat{TRecord}.Probe"/>).</summary>
/// <param name="Format">The format's name for it (<c>JsonLines</c>, <c>Csv</c>, <c>Camt</c>…), stored on the Source; null when not readable.</param>
/// <param name="Problem">Why the whole file is rejected unread (binary, not this kind of file), or null.</param>
/// <param name="EmptyNote">Set when the file holds nothing to read (why, for the summary); it is then not hashed or recorded.</param>
public sealed record FileProbe(string? Format, Rejection? Problem = null, string? EmptyNote = null)
{
    /// <summary>The value of the Source's <c>format</c> property (<c>jsonl</c>, <c>bookings-csv</c>…); <see cref="Format"/> unless set.</summary>
    public string? StoredFormat { get; init; } = Format;
}
