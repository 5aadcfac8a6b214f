using System.Text.RegularExpressions;
using Threadline.Cases.Grading;

namespace Threadline.Application.Cases.Chart;

/// <summary>
/// Applies <see cref="ExportFilter"/> to a case chart for one purpose: nodes and edges whose handling code does not allow
/// it are withheld with the reason, an edge with a withheld end goes with it, hidden nodes stay out, and every text that
/// leaves carries no victim name (replaced by her pseudonym, whole words, case-insensitive).
/// </summary>
public static class ChartExport
{
    /// <summary>The longest justification kept.</summary>
    public const int MaxReason = 1000;

    public static ChartDisclosure Filter(CaseChartGraph chart, ExportPurpose purpose, string reason, string by, DateTimeOffset at, IReadOnlyList<(string Pseudonym, string Name)> victimNames)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(victimNames);
        var why = (reason ?? string.Empty).Trim();
        if (why.Length == 0 || why.Length > MaxReason || why.Any(c => char.IsControl(c)))
        {
            throw new ArgumentException($"reason: a justification is required for every export (at most {MaxReason} characters, one line)", nameof(reason));
        }

        var scrub = Scrubber(victimNames);
        var withheld = new List<ChartWithheld>();
        var nodes = new List<CaseChartNode>();
        foreach (var n in chart.Nodes)
        {
            if (n.Hidden)
            {
                withheld.Add(new ChartWithheld(n.Id, "node", "hidden on the chart"));
                continue;
            }

            var d = ExportFilter.Decide(n.Marking, purpose);
            if (!d.Included)
            {
                withheld.Add(new ChartWithheld(n.Id, "node", d.Reason));
                continue;
            }

            nodes.Add(n with
            {
                Label = scrub(n.Label)!,
                Source = scrub(n.Source)!,
                Detail = scrub(n.Detail),
                Annotation = n.Annotation is { } a ? a with { Text = scrub(a.Text)! } : null,
            });
        }

        var kept = nodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        var edges = new List<CaseChartEdge>();
        foreach (var e in chart.Edges)
        {
            var d = ExportFilter.Decide(e.Marking, purpose);
            if (!d.Included)
            {
                withheld.Add(new ChartWithheld(e.Id, "link", d.Reason));
            }
            else if (!kept.Contains(e.From) || !kept.Contains(e.To))
            {
                withheld.Add(new ChartWithheld(e.Id, "link", "an end of it is withheld"));
            }
            else
            {
                edges.Add(e with { Kind = scrub(e.Kind)!, Source = scrub(e.Source)!, Detail = scrub(e.Detail) });
            }
        }

        return new ChartDisclosure(chart.Reference, purpose, scrub(why)!, by, at, nodes, edges, withheld);
    }

    private static Func<string?, string?> Scrubber(IReadOnlyList<(string Pseudonym, string Name)> names)
    {
        var rules = names
            .Where(n => n.Name.Trim().Length > 0)
            .OrderByDescending(n => n.Name.Length)
            .Select(n => (Pattern: new Regex(@"(?<![\p{L}\p{N}])" + Regex.Escape(n.Name.Trim()) + @"(?![\p{L}\p{N}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)), n.Pseudonym))
            .ToList();
        return text =>
        {
            if (text is null || rules.Count == 0)
            {
                return text;
            }

            foreach (var (pattern, pseudonym) in rules)
            {
                text = pattern.Replace(text, pseudonym);
            }

            return text;
        };
    }
}
