namespace Threadline.Linking;

/// <summary>One accommodation booking as a platform or hotel answered it (docs/formats.md).</summary>
public sealed record BookingRecord
{
    public required string BookingRef { get; init; }

    public required string Platform { get; init; }

    public string? BookerName { get; init; }

    public string? BookerEmail { get; init; }

    /// <summary>Booker phone, E.164 where the caller could normalise it.</summary>
    public string? BookerPhone { get; init; }

    public string? PropertyAddress { get; init; }

    public string? City { get; init; }

    public string? Country { get; init; }

    public DateOnly CheckIn { get; init; }

    public DateOnly CheckOut { get; init; }

    public int? Guests { get; init; }

    public string? PaymentMethod { get; init; }

    public decimal? Amount { get; init; }

    public string? Currency { get; init; }

    /// <summary>Where the record came from ("file:line").</summary>
    public string? Locator { get; init; }

    /// <summary>Nights booked (at least 0).</summary>
    public int Nights => Math.Max(0, CheckOut.DayNumber - CheckIn.DayNumber);
}
