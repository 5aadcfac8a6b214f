namespace Threadline.Extraction;

/// <summary>A price with its currency and, when stated nearby, the duration it buys.</summary>
/// <param name="Amount">Amount in the currency's units.</param>
/// <param name="Currency">ISO 4217 code, e.g. <c>EUR</c>.</param>
/// <param name="DurationMinutes">Duration in minutes (e.g. 30, 60, 720 for a night), or null.</param>
/// <param name="Span">Where the amount was written.</param>
public sealed record PriceHit(decimal Amount, string Currency, int? DurationMinutes, TextSpan Span);
