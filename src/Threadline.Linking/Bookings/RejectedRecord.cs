namespace Threadline.Linking;

/// <summary>
/// A record that was not read, where it was and why (written to the quarantine by the caller); or, when
/// <see cref="Kept"/> is true, a value left out of a record that was kept (the excerpt is the value).
/// </summary>
public sealed record RejectedRecord(string File, long Line, string Reason, string Excerpt)
{
    /// <summary>True when the record was kept and only the value the reason names was left out.</summary>
    public bool Kept { get; init; }
}
