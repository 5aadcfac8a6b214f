namespace Threadline.Application.Queries.Ads;

/// <summary>One ad in a list: its title, site, place, time, phones and indicator score.</summary>
public sealed record AdRow(
    string Id,
    string? Title,
    string Site,
    string? City,
    string? Country,
    DateTimeOffset? PostedAt,
    IReadOnlyList<string> Phones,
    double? IndicatorScore);
