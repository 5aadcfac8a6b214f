namespace Threadline.Application.Queries.Leads;

/// <summary>Which leads to list. Every field is optional; text fields are cut to <see cref="MaxText"/> characters.</summary>
/// <param name="Country">ISO alpha-2 code of a country the network's ads were posted in (any case).</param>
/// <param name="City">A city the network's ads were posted in (case and accents ignored).</param>
/// <param name="MinScore">Lowest score, 0..100.</param>
/// <param name="FlaggedOnly">Only leads at or above the review threshold.</param>
/// <param name="From">Only networks with ads on or after this day.</param>
/// <param name="To">Only networks with ads on or before this day.</param>
public sealed record LeadFilter(string? Country = null, string? City = null, double? MinScore = null, bool FlaggedOnly = false, DateOnly? From = null, DateOnly? To = null)
{
    /// <summary>Longest country or city text read.</summary>
    public const int MaxText = 100;

    /// <summary>The filter with its text trimmed and cut, and the score within 0..100.</summary>
    public LeadFilter Bounded() => this with
    {
        Country = Cut(Country)?.ToUpperInvariant(),
        City = Cut(City),
        MinScore = MinScore is { } s && !double.IsNaN(s) ? Math.Clamp(s, 0, 100) : null,
    };

    private static string? Cut(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : text.Trim() is var t && t.Length > MaxText ? t[..MaxText] : text.Trim();
}
