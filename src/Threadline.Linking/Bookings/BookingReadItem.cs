namespace Threadline.Linking;

/// <summary>What the booking reader yields per row: a booking (with the values left out of it) or a rejection, never both.</summary>
/// <param name="Record">The booking, or null.</param>
/// <param name="Rejection">Why the row (or, at line 1 before any row, the whole file) was not read, or null.</param>
/// <param name="LeftOut">Values left out of the booking, each with its reason (<see cref="RejectedRecord.Kept"/>).</param>
public sealed record BookingReadItem(BookingRecord? Record, RejectedRecord? Rejection, IReadOnlyList<RejectedRecord> LeftOut)
{
    /// <summary>Whether the rejection is of the whole file (empty, or an unusable header): no row follows.</summary>
    public bool RejectsFile { get; init; }
}
