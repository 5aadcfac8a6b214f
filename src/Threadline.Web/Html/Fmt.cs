using System.Globalization;
using Threadline.Linking;

namespace Threadline.Web.Html;

/// <summary>How the pages write numbers, dates, money and score parts (invariant culture, one place).</summary>
public static class Fmt
{
    private static readonly string[] PartNames = [.. RiskWeights.Default.Parts.Order(StringComparer.Ordinal)];

    public static string Score(double score) => score.ToString("0", CultureInfo.InvariantCulture);

    public static string Number(double value, string format = "0.##") => value.ToString(format, CultureInfo.InvariantCulture);

    public static string Count(long n) => n.ToString("#,0", CultureInfo.InvariantCulture);

    public static string Money(decimal amount) => amount.ToString("#,0.00", CultureInfo.InvariantCulture);

    public static string Minor(long minor) => (minor / 100m).ToString("#,0.00", CultureInfo.InvariantCulture);

    public static string Percent(double share) => share.ToString("0%", CultureInfo.InvariantCulture);

    public static string Date(DateTimeOffset? t) => t is { } v ? v.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "–";

    public static string Time(DateTimeOffset? t) => t is { } v ? v.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "–";

    public static string Span(DateTimeOffset? from, DateTimeOffset? to) => Date(from) + " → " + Date(to);

    /// <summary>A score part's name as words ("multi_country_rotation" → "multi country rotation").</summary>
    public static string PartName(string name) => name.Replace('_', ' ');

    /// <summary>The CSS class that colours a score part the same on every page and in the legend.</summary>
    public static string PartClass(string name)
    {
        var i = Array.IndexOf(PartNames, name);
        return "part-" + (i < 0 ? PartNames.Length : i).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Every score part's name, in legend order, with its most points.</summary>
    public static IReadOnlyList<(string Name, double Max)> Parts => PartNames.Select(p => (p, RiskWeights.Default.Max(p))).ToList();

    public static string List(IEnumerable<string> values, int max = 6)
    {
        var list = values.ToList();
        return list.Count <= max ? string.Join(", ", list) : string.Join(", ", list.Take(max)) + string.Create(CultureInfo.InvariantCulture, $" +{list.Count - max}");
    }
}
