using System.Collections.Immutable;

namespace Threadline.Core.Statements;

/// <summary>An entity as the sum of its statements: an id, a schema and multi-valued properties.</summary>
public sealed class Entity
{
    public Entity(string id, string schema, ImmutableSortedDictionary<string, ImmutableArray<string>> properties, ImmutableArray<Statement> statements)
    {
        Id = id;
        Schema = schema;
        Properties = properties;
        Statements = statements;
    }

    public string Id { get; }

    public string Schema { get; }

    /// <summary>Property name → distinct values, in first-seen order.</summary>
    public ImmutableSortedDictionary<string, ImmutableArray<string>> Properties { get; }

    /// <summary>The statements this entity was built from, with their provenance.</summary>
    public ImmutableArray<Statement> Statements { get; }

    /// <summary>Values of a property, or an empty array.</summary>
    public ImmutableArray<string> Get(string property) =>
        Properties.TryGetValue(property, out var values) ? values : ImmutableArray<string>.Empty;

    /// <summary>First value of a property, or null.</summary>
    public string? First(string property)
    {
        var values = Get(property);
        return values.IsDefaultOrEmpty ? null : values[0];
    }

    /// <summary>Builds entities from statements grouped by entity id (statements of one entity need not be adjacent).</summary>
    public static IReadOnlyList<Entity> FromStatements(IEnumerable<Statement> statements)
    {
        ArgumentNullException.ThrowIfNull(statements);
        var groups = new Dictionary<string, List<Statement>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var statement in statements)
        {
            if (!groups.TryGetValue(statement.EntityId, out var list))
            {
                list = [];
                groups[statement.EntityId] = list;
                order.Add(statement.EntityId);
            }

            list.Add(statement);
        }

        var result = new List<Entity>(order.Count);
        foreach (var id in order)
        {
            result.Add(FromGroup(groups[id]));
        }

        return result;
    }

    /// <summary>Builds one entity from all of its statements.</summary>
    public static Entity FromGroup(IReadOnlyList<Statement> statements)
    {
        ArgumentNullException.ThrowIfNull(statements);
        if (statements.Count == 0)
        {
            throw new ArgumentException("An entity needs at least one statement.", nameof(statements));
        }

        var ordered = statements
            .OrderBy(s => s.FirstSeen ?? DateTimeOffset.MaxValue)
            .ThenBy(s => s.Property, StringComparer.Ordinal)
            .ThenBy(s => s.Value, StringComparer.Ordinal)
            .ToImmutableArray();
        var props = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var s in ordered)
        {
            if (!props.TryGetValue(s.Property, out var values))
            {
                values = [];
                props[s.Property] = values;
            }

            if (!values.Contains(s.Value, StringComparer.Ordinal))
            {
                values.Add(s.Value);
            }
        }

        var schema = ordered[0].Schema;
        return new Entity(
            ordered[0].EntityId,
            schema,
            props.ToImmutableSortedDictionary(kv => kv.Key, kv => kv.Value.ToImmutableArray(), StringComparer.Ordinal),
            ordered);
    }
}
