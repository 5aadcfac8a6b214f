namespace Threadline.Money.Detectors;

/// <summary>An account holder's identifier equal (after normalisation) to one seen in ads or bookings.</summary>
/// <param name="Account">Account key.</param>
/// <param name="Kind">Phone, e-mail or address.</param>
/// <param name="HolderValue">The holder's value as given.</param>
/// <param name="KnownValue">The value as seen in the ad or booking.</param>
/// <param name="Source">Where it was seen.</param>
/// <param name="Key">The normalised form both share.</param>
public sealed record IdentifierMatch(string Account, IdentifierKind Kind, string HolderValue, string KnownValue, string Source, string Key);
