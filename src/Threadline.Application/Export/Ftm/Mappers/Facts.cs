using System.Text.Json;
using Threadline.Core.Statements;

namespace Threadline.Application.Export.Ftm.Mappers;

/// <summary>An entity's statements by property, for the mappers: each value keeps the statement it came from.</summary>
internal sealed class Facts
{
    private readonly Dictionary<string, List<Statement>> _byProperty = new(StringComparer.Ordinal);

    public Facts(Entity entity)
    {
        Entity = entity;
        foreach (var s in entity.Statements)
        {
            if (!_byProperty.TryGetValue(s.Property, out var list))
            {
                list = [];
                _byProperty[s.Property] = list;
            }

            list.Add(s);
        }

        foreach (var list in _byProperty.Values)
        {
            list.Sort((a, b) => string.CompareOrdinal(a.Value, b.Value) is var c && c != 0 ? c : string.CompareOrdinal(a.Id, b.Id));
        }
    }

    public Entity Entity { get; }

    public string Id => Entity.Id;

    public IEnumerable<string> Properties => _byProperty.Keys;

    /// <summary>The statements of a property, by value.</summary>
    public IReadOnlyList<Statement> Of(string property) => _byProperty.TryGetValue(property, out var list) ? list : [];

    /// <summary>The distinct values of a property, in ordinal order.</summary>
    public IReadOnlyList<string> Values(string property) => [.. Of(property).Select(s => s.Value).Distinct(StringComparer.Ordinal)];

    public string? First(string property) => Values(property).FirstOrDefault();

    /// <summary>The statements of several properties.</summary>
    public IReadOnlyList<Statement> OfAll(params string[] properties) => [.. properties.SelectMany(Of)];

    /// <summary>Copies every value of <paramref name="property"/> into an FtM property, with its statement.</summary>
    public void Copy(FtmEntity target, string property, string ftmProperty, string? lang = null)
    {
        foreach (var s in Of(property))
        {
            target.Add(ftmProperty, s.Value, s, lang);
        }
    }

    /// <summary>The <c>reason</c> of each item of a JSON array of evidence, with its weight when given.</summary>
    public static IEnumerable<string> Reasons(string json)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json);
        }
        catch (JsonException)
        {
            yield break;
        }

        using (doc)
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Array)
            {
                yield break;
            }

            foreach (var item in doc.RootElement.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty("reason", out var reason) && reason.GetString() is { Length: > 0 } text)
                {
                    yield return item.TryGetProperty("weight", out var w) && w.ValueKind == JsonValueKind.Number
                        ? FormattableString.Invariant($"{text} (weight {w.GetDouble():0.##})")
                        : text;
                }
            }
        }
    }

    /// <summary>A string field of a statement's JSON detail, or null.</summary>
    public static string? Detail(Statement statement, string field)
    {
        if (statement.Detail is not { Length: > 0 } detail)
        {
            return null;
        }

        try
        {
            using var doc = JsonDocument.Parse(detail);
            return doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty(field, out var value)
                ? value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
