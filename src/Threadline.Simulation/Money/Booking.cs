namespace Threadline.Simulation.Money;

/// <summary>One booking as a platform answers a legal request.</summary>
internal sealed record Booking(
    string Ref,
    string Platform,
    string BookerName,
    string BookerEmail,
    string BookerPhone,
    string Address,
    string City,
    string Country,
    DateOnly CheckIn,
    DateOnly CheckOut,
    int Guests,
    string PaymentMethod,
    decimal Amount,
    string Kind,
    string Owner,
    string? Network,
    IReadOnlyList<string> Personas);
