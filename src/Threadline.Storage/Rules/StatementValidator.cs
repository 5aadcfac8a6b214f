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

        CheckText(s);
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
    /// No text of a statement may hold a NUL character: PostgreSQL cannot store one at all, so no engine does (the
    /// readers reject such records before they get here). A lone surrogate is no reason to refuse: the statement's id is
    /// computed over UTF-8 with it replaced by U+FFFD, and every engine stores it so (<see cref="Storable"/>).
    /// </summary>
    private static void CheckText(Statement s)
    {
        foreach (var (name, text) in new[] { ("entity id", s.EntityId), ("schema", s.Schema), ("property", s.Property), ("value", s.Value), ("source", s.Source), ("locator", s.Locator), ("producer", s.Producer), ("producer version", s.ProducerVersion), ("detail", s.Detail) })
        {
            if (text is not null && text.Contains('\0', StringComparison.Ordinal))
            {
                throw new ArgumentException($"statement of entity '{Shown(s.EntityId)}' property '{Shown(s.Property)}' has a {name} with a NUL character, which cannot be stored");
            }
        }
    }

    /// <summary>
    /// Text as an engine stores it: a lone surrogate (not valid Unicode, so not encodable as UTF-8) replaced by U+FFFD, as
    /// the statement id's UTF-8 encoding replaces it; well-formed text is returned as it is (checked with a vectorised search).
    /// </summary>
    public static string Storable(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var span = text.AsSpan();
        var at = span.IndexOfAnyInRange('\uD800', '\uDFFF');
        while (at >= 0)
        {
            if (!char.IsHighSurrogate(span[at]) || at + 1 >= span.Length || !char.IsLowSurrogate(span[at + 1]))
            {
                return System.Text.Encoding.UTF8.GetString(System.Text.Encoding.UTF8.GetBytes(text));
            }

            span = span[(at + 2)..];
            at = span.IndexOfAnyInRange('\uD800', '\uDFFF');
        }

        return text;
    }

    private static string Shown(string? text) => text is null ? string.Empty : text.Replace('\0', ' ');

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
