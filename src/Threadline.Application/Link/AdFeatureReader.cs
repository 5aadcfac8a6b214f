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
        if (inStorageOrder)
        {
            // Values with their facts, not whole entities: at 1M ads the whole-entity read was a quarter of `link`.
            foreach (var ad in store.ValuesInStorageOrder("Advertisement", Columns))
            {
                yield return From(ad, siteNames, handleNames, imageHashes);
            }

            yield break;
        }

        foreach (var ad in store.Entities("Advertisement"))
        {
            yield return From(ad, siteNames, handleNames, imageHashes);
        }
    }

    /// <summary>The ad properties <see cref="From(EntityValues, IReadOnlyDictionary{string, string}, IReadOnlyDictionary{string, string}, IReadOnlyDictionary{string, ulong})"/>
    /// reads; the rest (prices, raw phones, spans of other finds) are not loaded. The text's seen times and first locator
    /// (the latest text wins; where it was found), and the evidence of nationalities (the term found) and of indicators
    /// (the rule's weight) are read with them.</summary>
    private static readonly ValueColumns Columns = new(
        [
            "site", "url", "title", "body", "postedAt", "city", "country", "language", "phone", "email", "handle", "age",
            "image", "imageRef", "nationality", "indicator",
        ],
        facts: ["title", "body"],
        details: ["nationality", "indicator"]);

    public static AdFeatures From(Entity ad, IReadOnlyDictionary<string, string> siteNames, IReadOnlyDictionary<string, string> handleNames, IReadOnlyDictionary<string, ulong> imageHashes)
    {
        ArgumentNullException.ThrowIfNull(ad);
        return From(EntityValues.Of(ad, Columns), siteNames, handleNames, imageHashes);
    }

    public static AdFeatures From(EntityValues ad, IReadOnlyDictionary<string, string> siteNames, IReadOnlyDictionary<string, string> handleNames, IReadOnlyDictionary<string, ulong> imageHashes)
    {
        ArgumentNullException.ThrowIfNull(ad);
        var site = ad.First("site");
        var images = ad.Get("image");
        var features = new AdFeatures
        {
            AdId = ad.Id,
            Site = site is null ? string.Empty : siteNames.GetValueOrDefault(site, site),
            Locator = ad.First("url") ?? TextLocator(ad),
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
            Nationalities = [.. ad.Facts("nationality").SelectMany(f => f.Details).Select(d => DetailString(d, "term")).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase)],
        };
        return AdFeatureMapper.WithIndicators(features, [.. ad.Get("indicator")], PhraseScore(ad));
    }

    /// <summary>Where the ad's text was first found: its first title or body statement (by first seen, property, value).</summary>
    private static string? TextLocator(EntityValues ad)
    {
        ValueFacts? first = null;
        string? firstProperty = null;
        // "body" sorts before "title", as Entity orders a first-seen tie by property name.
        foreach (var property in new[] { "body", "title" })
        {
            foreach (var f in ad.Facts(property))
            {
                var seen = f.FirstSeen ?? DateTimeOffset.MaxValue;
                var bestSeen = first?.FirstSeen ?? DateTimeOffset.MaxValue;
                if (first is null || seen < bestSeen || (seen == bestSeen && property == firstProperty && string.CompareOrdinal(f.Value, first.Value.Value) < 0))
                {
                    first = f;
                    firstProperty = property;
                }
            }
        }

        return first?.Locator;
    }

    // The weights of the rules the ad hit, but the structural ones, which the network score counts as parts of their own.
    private static double PhraseScore(EntityValues ad) =>
        ad.Facts("indicator").Where(f => !AdFeatureMapper.Structural.Contains(f.Value))
            .Sum(f => f.Details.IsEmpty ? 0 : DetailNumber(f.Details[0], "weight"));

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

    /// <summary>The value last seen (the earliest in ordinal order among those last seen at the same time).</summary>
    private static string? Latest(EntityValues ad, string property) =>
        ad.Facts(property).OrderByDescending(f => f.LastSeen ?? DateTimeOffset.MinValue).ThenBy(f => f.Value, StringComparer.Ordinal).Select(f => f.Value).FirstOrDefault();
}
