using System.Globalization;
using Threadline.Core.Statements;
using Threadline.Storage;

namespace Threadline.Application.Queries.Ads;

/// <summary>Reads ads as <see cref="AdRow"/>s, a page at a time (one read for the page, not one per ad).</summary>
public static class AdRows
{
    private static readonly string[] Properties = ["title", "site", "city", "country", "postedAt", "phone", "indicatorScore"];

    /// <summary>The ads with these ids, in the order given; ids that are not ads are left out.</summary>
    public static IReadOnlyList<AdRow> Read(Investigation investigation, IReadOnlyList<string> ids)
    {
        ArgumentNullException.ThrowIfNull(investigation);
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return [];
        }

        var byAd = new Dictionary<string, List<Statement>>(StringComparer.Ordinal);
        foreach (var s in investigation.Store.ReadStatements(new StatementQuery { Schema = "Advertisement", EntityIds = ids.Distinct(StringComparer.Ordinal).ToList(), Properties = Properties }))
        {
            if (!byAd.TryGetValue(s.EntityId, out var list))
            {
                byAd[s.EntityId] = list = [];
            }

            list.Add(s);
        }

        var rows = new List<AdRow>(ids.Count);
        foreach (var id in ids)
        {
            if (byAd.TryGetValue(id, out var statements))
            {
                rows.Add(Row(investigation, Entity.FromGroup(statements)));
            }
        }

        return rows;
    }

    /// <summary>The row of an ad entity.</summary>
    public static AdRow Row(Investigation investigation, Entity ad)
    {
        ArgumentNullException.ThrowIfNull(investigation);
        ArgumentNullException.ThrowIfNull(ad);
        return new AdRow(
            ad.Id,
            Latest(ad, "title"),
            investigation.SiteName(ad.First("site")),
            ad.First("city"),
            ad.First("country")?.ToUpperInvariant(),
            ad.Get("postedAt").Select(Time).Where(t => t is not null).DefaultIfEmpty().Min(),
            [.. ad.Get("phone")],
            double.TryParse(ad.First("indicatorScore"), NumberStyles.Float, CultureInfo.InvariantCulture, out var score) ? score : null);
    }

    /// <summary>A date value read as UTC, or null.</summary>
    public static DateTimeOffset? Time(string? value) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var t) ? t : null;

    /// <summary>The last-seen version of a text property.</summary>
    public static string? Latest(Entity ad, string property)
    {
        ArgumentNullException.ThrowIfNull(ad);
        return ad.Statements.Where(s => s.Property == property).OrderByDescending(s => s.LastSeen ?? DateTimeOffset.MinValue).ThenBy(s => s.Value, StringComparer.Ordinal).FirstOrDefault()?.Value;
    }
}
