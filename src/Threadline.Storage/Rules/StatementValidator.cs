using System.Collections.Concurrent;
using Threadline.Core.Model;
using Threadline.Core.Statements;

namespace Threadline.Storage;

/// <summary>
/// The model rules every engine applies before it stores a statement: every field present, a known concrete schema,
/// a property that schema declares (or a <c>raw:</c> one), and one entity never two unrelated schemata.
/// Thread-safe.
/// </summary>
public sealed class StatementValidator
{
    private readonly ConcurrentDictionary<(string Schema, string Property), bool> _fullText = new();

    public StatementValidator(SchemaModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        Model = model;
    }

    /// <summary>The model statements are checked against.</summary>
    public SchemaModel Model { get; }

    /// <summary>Checks a statement against the model; returns whether its value is full-text indexed.</summary>
    /// <exception cref="ArgumentException">The statement lacks a field, or names an unknown or abstract schema or an unknown property.</exception>
    public bool Validate(Statement statement)
    {
        if (statement is null)
        {
            throw new ArgumentException("a statement is null");
        }

        var s = statement;
        if (string.IsNullOrEmpty(s.EntityId) || s.Value is null || string.IsNullOrEmpty(s.Source) || string.IsNullOrEmpty(s.Producer)
            || string.IsNullOrEmpty(s.Schema) || string.IsNullOrEmpty(s.Property))
        {
            throw new ArgumentException($"statement of entity '{s.EntityId}' property '{s.Property}' lacks an entity id, schema, property, value, source or producer");
        }

        if (_fullText.TryGetValue((s.Schema, s.Property), out var known))
        {
            return known;
        }

        if (!Model.TryGet(s.Schema, out var spec) || spec is null)
        {
            throw new ArgumentException($"unknown schema '{s.Schema}' in statement of entity '{s.EntityId}' (known: {string.Join(", ", Model.Schemata.Keys)})");
        }

        if (spec.IsAbstract)
        {
            throw new ArgumentException($"schema '{s.Schema}' is abstract: entity '{s.EntityId}' needs a concrete schema");
        }

        var property = spec.Property(s.Property)
            ?? throw new ArgumentException($"unknown property '{s.Property}' of schema '{s.Schema}' in statement of entity '{s.EntityId}'");
        _fullText[(s.Schema, s.Property)] = property.FullText;
        return property.FullText;
    }

    /// <summary>
    /// The schema an entity keeps when statements give it two: the more specific of two related schemata (an
    /// entity first seen as a <c>Thing</c>-like parent becomes the child).
    /// </summary>
    /// <exception cref="InvalidOperationException">The two schemata are unrelated: the entity cannot be both.</exception>
    public string MergeSchema(string entityId, string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return a;
        }

        var specA = Model.TryGet(a, out var sa) ? sa : null;
        var specB = Model.TryGet(b, out var sb) ? sb : null;
        if (specA is not null && specA.IsA(b))
        {
            return a;
        }

        if (specB is not null && specB.IsA(a))
        {
            return b;
        }

        throw new InvalidOperationException($"entity '{entityId}' is a '{a}' and cannot also be a '{b}'");
    }
}
