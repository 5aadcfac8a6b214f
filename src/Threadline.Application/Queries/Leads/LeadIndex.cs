using System.Globalization;
using Threadline.Linking;
using Threadline.Storage;

namespace Threadline.Application.Queries.Leads;

/// <summary>
/// Every network as a <see cref="LeadRow"/>, in rank order, kept in memory so that filters the store has no key for
/// (city, score, dates) answer at once: a network record is read once per workspace change, not once per request.
/// </summary>
internal sealed class LeadIndex
{
    private readonly List<LeadRow> _rows;
    private readonly Dictionary<string, LeadRow> _byId;

    private LeadIndex(List<LeadRow> rows, LeadChoices choices)
    {
        _rows = rows;
        _byId = rows.GroupBy(r => r.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        Choices = choices;
    }

    /// <summary>A network's rank in the lead list, or null when it is not a lead of the last link run.</summary>
    public int? RankOf(string networkId) => Row(networkId)?.Rank;

    /// <summary>A network's row in the lead list (no need to read its whole record), or null.</summary>
    public LeadRow? Row(string networkId) => _byId.GetValueOrDefault(networkId);

    public LeadChoices Choices { get; }

    public static LeadIndex Build(IWorkspaceStore store)
    {
        var rows = new List<LeadRow>();
        for (var offset = 0; ; offset += ResultLimits.MaxPage)
        {
            var page = LinkResults.Networks(store, offset, ResultLimits.MaxPage);
            rows.AddRange(page.Select(LeadRow.Of));
            if (page.Count < ResultLimits.MaxPage)
            {
                break;
            }
        }

        var countries = Count(rows.SelectMany(r => r.Countries.Select(c => c.ToUpperInvariant()).Distinct(StringComparer.Ordinal)));
        var cities = Count(rows.SelectMany(r => r.Cities.Distinct(StringComparer.OrdinalIgnoreCase))).Take(200).ToList();
        var choices = new LeadChoices(
            countries,
            cities,
            rows.Select(r => r.FirstSeen).Where(t => t is not null).DefaultIfEmpty().Min(),
            rows.Select(r => r.LastSeen).Where(t => t is not null).DefaultIfEmpty().Max(),
            rows.Count,
            rows.Count(r => r.Flagged));
        return new LeadIndex(rows, choices);
    }

    public PageOf<LeadRow> Page(LeadFilter filter, int? offset, int? limit)
    {
        var f = filter.Bounded();
        var from = f.From is { } d1 ? new DateTimeOffset(d1.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : (DateTimeOffset?)null;
        var to = f.To is { } d2 ? new DateTimeOffset(d2.ToDateTime(TimeOnly.MaxValue), TimeSpan.Zero) : (DateTimeOffset?)null;
        var city = f.City is null ? null : Fold(f.City);
        var matches = _rows.Where(r =>
            (!f.FlaggedOnly || r.Flagged)
            && (f.MinScore is not { } min || r.Score >= min)
            && (f.Country is not { } c || r.Countries.Any(x => string.Equals(x, c, StringComparison.OrdinalIgnoreCase)))
            && (city is null || r.Cities.Any(x => string.Equals(Fold(x), city, StringComparison.Ordinal)))
            && (from is null || r.LastSeen is null || r.LastSeen >= from)
            && (to is null || r.FirstSeen is null || r.FirstSeen <= to)).ToList();
        return Paging.Of(matches, offset, limit);
    }

    private static List<KeyValuePair<string, int>> Count(IEnumerable<string> values) =>
        values.GroupBy(v => v, StringComparer.OrdinalIgnoreCase)
            .Select(g => new KeyValuePair<string, int>(g.First(), g.Count()))
            .OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).ToList();

    private static string Fold(string text)
    {
        var normalized = text.Trim().Normalize(System.Text.NormalizationForm.FormD);
        var chars = normalized.Where(ch => CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark).ToArray();
        return new string(chars).ToLowerInvariant();
    }
}
