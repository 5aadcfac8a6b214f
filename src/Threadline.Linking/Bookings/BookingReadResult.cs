namespace Threadline.Linking;

/// <summary>The good bookings of a file and the rejected records.</summary>
public sealed record BookingReadResult(IReadOnlyList<BookingRecord> Records, IReadOnlyList<RejectedRecord> Rejected);
