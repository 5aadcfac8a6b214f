namespace Threadline.Linking;

/// <summary>How a booking was tied to a persona or network.</summary>
public enum BookingBasis
{
    /// <summary>The booker's phone appears in the ads.</summary>
    Phone,

    /// <summary>The booker's e-mail appears in the ads.</summary>
    Email,

    /// <summary>The booker's stays line up with the ads' presence in city and time, several times.</summary>
    Presence,
}

/// <summary>A booking tied to a network (and a persona where one fits), with the reason.</summary>
public sealed record BookingLink(
    string BookingRef,
    string Platform,
    string? BookerName,
    string? City,
    DateOnly CheckIn,
    DateOnly CheckOut,
    string? PersonaId,
    BookingBasis Basis,
    string Reason,
    string? Locator);

/// <summary>A booker with many short stays in several cities (a FinCEN/FINTRAC red flag).</summary>
public sealed record FlaggedBooker(
    string BookerKey,
    string? Name,
    int Bookings,
    int ShortStays,
    IReadOnlyList<string> Cities,
    IReadOnlyList<string> BookingRefs,
    string? NetworkId,
    string Reason);
