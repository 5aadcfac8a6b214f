namespace Threadline.Money.Detectors;

/// <summary>An identifier seen elsewhere (an ad's phone, a booking's e-mail or address).</summary>
/// <param name="Kind">Phone, e-mail or address.</param>
/// <param name="Value">As seen.</param>
/// <param name="Source">Where it was seen (ad id, booking reference, persona id).</param>
public sealed record KnownIdentifier(IdentifierKind Kind, string Value, string Source);
