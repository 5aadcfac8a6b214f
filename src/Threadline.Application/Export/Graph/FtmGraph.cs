using System.Globalization;
using Threadline.Application.Export.Ftm;

namespace Threadline.Application.Export.Graph;

/// <summary>
/// FtM entities as a graph for Gephi and i2: an entity of a relationship schema (Payment, Membership, Ownership,
/// UnknownLink, Documentation, Directorship) is an edge between the entities its edge properties name; any other entity
/// is a node, and each of its references to another entity (an event's booker, an account's owner) is an edge too.
/// </summary>
public static class FtmGraph
{
    /// <summary>Node attributes, in the order they are declared.</summary>
    public static readonly IReadOnlyList<(string Name, string[] Properties)> NodeAttributes =
    [
        ("countries", ["country", "nationality", "jurisdiction"]),
        ("phones", ["phone", "phoneMentioned", "number"]),
        ("emails", ["email", "emailMentioned"]),
        ("ibans", ["iban", "accountNumber"]),
        ("topics", ["topics"]),
        ("summary", ["summary"]),
        ("url", ["sourceUrl", "website"]),
    ];

    public static bool IsEdge(FtmEntity entity) => entity.Schema.Edge is not null;

    public static GraphNode Node(FtmEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, properties) in NodeAttributes)
        {
            var values = properties.SelectMany(entity.Get).Distinct(StringComparer.Ordinal).ToList();
            if (values.Count > 0)
            {
                attributes[name] = string.Join(" | ", values);
            }
        }

        var (start, end) = Span(entity, ["publishedAt", "startDate", "date", "birthDate"], ["endDate", "publishedAt", "date"]);
        return new GraphNode(entity.Id, Caption(entity), entity.Schema.Name, start, end, attributes);
    }

    /// <summary>The edges an entity stands for (a relationship) or makes (its references).</summary>
    public static IEnumerable<GraphEdge> Edges(FtmEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var (start, end) = Span(entity, ["startDate", "date"], ["endDate", "date"]);
        if (entity.Schema.Edge is { } edge)
        {
            var amount = entity.Get("amount").FirstOrDefault();
            var currency = entity.Get("currency").FirstOrDefault();
            var weight = amount is not null && double.TryParse(amount, NumberStyles.Float, CultureInfo.InvariantCulture, out var a) ? Math.Abs(a) : 1.0;
            var label = amount is not null ? $"{amount} {currency}".TrimEnd() : entity.Get("role").FirstOrDefault() ?? entity.Schema.Name;
            var evidence = string.Join(" ", entity.Get("role").Concat(entity.Get("summary")).Concat(entity.Get("description")).Concat(entity.Get("purpose")));
            var n = 0;
            foreach (var source in entity.Get(edge.Source))
            {
                foreach (var target in entity.Get(edge.Target))
                {
                    var id = n++ == 0 ? entity.Id : string.Create(CultureInfo.InvariantCulture, $"{entity.Id}.{n}");
                    yield return new GraphEdge(id, source, target, entity.Schema.Name, label, weight, start, end, amount, currency, evidence.Length == 0 ? null : evidence);
                }
            }

            yield break;
        }

        foreach (var (name, values) in entity.Properties)
        {
            if (entity.Schema.Property(name)!.Type != "entity")
            {
                continue;
            }

            foreach (var value in values)
            {
                yield return new GraphEdge($"{entity.Id}.{name}.{value.Value}", entity.Id, value.Value, name, name, 1.0, start, end, null, null, null);
            }
        }
    }

    /// <summary>The entity's caption: the first of its name, title, user name, file name, full address, or its id.</summary>
    public static string Caption(FtmEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        foreach (var p in new[] { "name", "title", "username", "fileName", "full", "amount" })
        {
            if (entity.Get(p).FirstOrDefault() is { } value)
            {
                return value;
            }
        }

        return entity.Id;
    }

    /// <summary>The first and last day of an entity: from its own dates where it has them, else from when its values were seen.</summary>
    public static (string? Start, string? End) Span(FtmEntity entity, string[] startProperties, string[] endProperties)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var start = startProperties.SelectMany(entity.Get).Select(Day).Where(d => d is not null).Min(StringComparer.Ordinal);
        var end = endProperties.SelectMany(entity.Get).Select(Day).Where(d => d is not null).Max(StringComparer.Ordinal);
        if (start is null && end is null)
        {
            var (first, last) = entity.Seen();
            start = first?.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            end = last?.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        start ??= end;
        end ??= start;
        return string.CompareOrdinal(start, end) <= 0 ? (start, end) : (end, start);
    }

    /// <summary>The day of an FtM date (a year or month alone is no day: null).</summary>
    private static string? Day(string date) => date.Length >= 10 ? date[..10] : null;
}
