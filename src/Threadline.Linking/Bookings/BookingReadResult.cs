namespace Threadline.Linking;

/// <summary>The good bookings of a file and the rejected records.</summary>
public sealed record BookingReadResult(IReadOnlyList<BookingRecord> Records, IReadOnlyList<RejectedRecord> Rejected)
{
    /// <summary>Values left out of kept bookings (an amount, a guest count, a country or currency that cannot be read), each with its reason.</summary>
    public IReadOnlyList<RejectedRecord> LeftOut { get; init; } = [];
}
