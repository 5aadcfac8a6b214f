using Threadline.Core.Statements;

namespace Threadline.Application.Extract;

/// <summary>
/// The texts of an ad to extract from: one per posted version (a re-posted ad keeps each version of
/// its title and body), paired by the order in which they were first seen.
/// </summary>
public static class AdVersions
{
    public static IReadOnlyList<(Statement? Title, Statement? Body)> Of(Entity ad)
    {
        var titles = Texts(ad, "title");
        var bodies = Texts(ad, "body");
        var count = Math.Max(titles.Count, bodies.Count);
        var result = new List<(Statement?, Statement?)>(count);
        for (var i = 0; i < count; i++)
        {
            result.Add((Pick(titles, i), Pick(bodies, i)));
        }

        return result;
    }

    private static List<Statement> Texts(Entity ad, string property) =>
        ad.Statements.Where(s => s.Property == property)
            .GroupBy(s => s.Value, StringComparer.Ordinal)
            .Select(g => g.OrderBy(s => s.FirstSeen ?? DateTimeOffset.MaxValue).First())
            .OrderBy(s => s.FirstSeen ?? DateTimeOffset.MaxValue)
            .ThenBy(s => s.Value, StringComparer.Ordinal)
            .ToList();

    private static Statement? Pick(List<Statement> list, int i) => list.Count == 0 ? null : list[Math.Min(i, list.Count - 1)];
}
