using System.Globalization;
using Threadline.Core.Statements;
using Threadline.Linking;
using Threadline.Storage;

namespace Threadline.Application.Link;

/// <summary>Reads the workspace's ads, with what extraction found in them, as the linker's input.</summary>
public static class AdFeatureReader
{
    public static IEnumerable<AdFeatures> Read(IWorkspaceStore store, IReadOnlyDictionary<string, ulong> imageHashes) =>
        Read(store, imageHashes, inStorageOrder: false);

    /// <summary>
    /// The ads in id order (the linker's input does not depend on how the workspace stores them) and
    /// each ad's position in the store's own order, in which writing back to the ads is fastest.
    /// </summary>
    public static (List<AdFeatures> Ads, Dictionary<string, int> StorageRank) ReadWithStorageRank(IWorkspaceStore store, IReadOnlyDictionary<string, ulong> imageHashes)
    {
        var ads = new List<AdFeatures>();
        var rank = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var ad in Read(store, imageHashes, inStorageOrder: true))
        {
            rank[ad.AdId] = ads.Count;
            ads.Add(ad);
        }

        ads.Sort((a, b) => string.CompareOrdinal(a.AdId, b.AdId));
        return (ads, rank);
    }

    private static IEnumerable<AdFeatures> Read(IWorkspaceStore store, IReadOnlyDictionary<string, ulong> imageHashes, bool inStorageOrder)
    {
        var siteNames = store.Entities("Site").ToDictionary(e => e.Id, e => e.First("name") ?? e.Id, StringComparer.Ordinal);
        var handleNames = store.Entities("Handle").ToDictionary(e => e.Id, e => e.First("name") ?? e.Id, StringComparer.Ordinal);
        foreach (var ad in inStorageOrder ? store.EntitiesInStorageOrder("Advertisement", Needed) : store.Entities("Advertisement"))
        {
            yield return From(ad, siteNames, handleNames, imageHashes);
        }
    }

    /// <summary>The ad properties <see cref="From"/> reads; the rest (prices, raw phones, spans of other finds) are not loaded.</summary>
    private static readonly string[] Needed =
    [
        "site", "url", "title", "body", "postedAt", "city", "country", "language", "phone", "email", "handle", "age",
        "image", "imageRef", "nationality", "indicator",
    ];

    public static AdFeatures From(Entity ad, IReadOnlyDictionary<string, string> siteNames, IReadOnlyDictionary<string, string> handleNames, IReadOnlyDictionary<string, ulong> imageHashes)
    {
        var site = ad.First("site");
        var images = ad.Get("image");
        var features = new AdFeatures
        {
            AdId = ad.Id,
            Site = site is null ? string.Empty : siteNames.GetValueOrDefault(site, site),
            Locator = ad.First("url") ?? ad.Statements.FirstOrDefault(s => s.Property == "title" || s.Property == "body")?.Locator,
            PostedAt = ad.Get("postedAt").Select(Time).Where(t => t is not null).Select(t => t!.Value).DefaultIfEmpty(DateTimeOffset.UnixEpoch).Min(),
            City = ad.First("city"),
            Country = ad.First("country"),
            Title = Latest(ad, "title"),
            Body = Latest(ad, "body"),
            Language = ad.First("language"),
            Phones = [.. ad.Get("phone")],
            Emails = [.. ad.Get("email")],
            Handles = [.. ad.Get("handle").Select(h => handleNames.GetValueOrDefault(h, h))],
            Ages = [.. ad.Get("age").Select(a => int.TryParse(a, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : -1).Where(n => n > 0)],
            ImageHashes = [.. images.Where(imageHashes.ContainsKey).Select(i => imageHashes[i])],
            ImageRefs = [.. ad.Get("imageRef")],
            Nationalities = [.. ad.Statements.Where(st => st.Property == "nationality").Select(st => DetailString(st.Detail, "term")).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase)],
        };
        return AdFeatureMapper.WithIndicators(features, [.. ad.Get("indicator")], PhraseScore(ad));
    }

    // The weights of the rules the ad hit, but the structural ones, which the network score counts as parts of their own.
    private static double PhraseScore(Entity ad) =>
        ad.Statements.Where(st => st.Property == "indicator" && !AdFeatureMapper.Structural.Contains(st.Value))
            .GroupBy(st => st.Value, StringComparer.Ordinal)
            .Sum(g => DetailNumber(g.First().Detail, "weight"));

    private static string? DetailString(string? detail, string name)
    {
        if (string.IsNullOrEmpty(detail))
        {
            return null;
        }

        using var doc = System.Text.Json.JsonDocument.Parse(detail);
        return doc.RootElement.TryGetProperty(name, out var v) && v.ValueKind == System.Text.Json.JsonValueKind.String ? v.GetString() : null;
    }

    private static double DetailNumber(string? detail, string name)
    {
        if (string.IsNullOrEmpty(detail))
        {
            return 0;
        }

        using var doc = System.Text.Json.JsonDocument.Parse(detail);
        return doc.RootElement.TryGetProperty(name, out var v) && v.ValueKind == System.Text.Json.JsonValueKind.Number ? v.GetDouble() : 0;
    }

    private static DateTimeOffset? Time(string value) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var t) ? t : null;

    private static string? Latest(Entity ad, string property) =>
        ad.Statements.Where(s => s.Property == property).OrderByDescending(s => s.LastSeen ?? DateTimeOffset.MinValue).ThenBy(s => s.Value, StringComparer.Ordinal).FirstOrDefault()?.Value;
}
