using System.Collections.Immutable;

namespace Threadline.Core.Statements;

/// <summary>
/// Some properties' values of one entity without their statements: what a job that computes over every entity of
/// a schema reads (money over a million payments, each held by two dozen statements; the linker over every ad), at a
/// fraction of the time and memory of whole <see cref="Entity"/> objects. Each property's values come in the order
/// <see cref="Entity.Get"/> gives them, and <see cref="Locator"/> is the locator of the statement
/// <see cref="Entity.Statements"/> would put first among those of the properties read, so a job gets the same answer
/// from either read. For the properties whose facts the read asked for, each value also carries when it was first and
/// last seen, where it was first found and the evidence of its statements (<see cref="ValueFacts"/>).
/// </summary>
public sealed class EntityValues
{
    private readonly ValueColumns _columns;
    private readonly ImmutableArray<string>[] _values;
    private readonly ImmutableArray<ValueFacts>[]? _facts;

    /// <param name="id">The entity's id.</param>
    /// <param name="columns">The properties the read asked for (shared by every entity of one read).</param>
    /// <param name="values">Per column of <paramref name="columns"/>, the distinct values (default or empty: none).</param>
    /// <param name="locator">Where the entity's first statement among those read was found, when it says.</param>
    /// <param name="facts">Per column, each value's facts in the order of <paramref name="values"/>; required when
    /// <paramref name="columns"/> asks for facts, else null.</param>
    public EntityValues(string id, ValueColumns columns, ImmutableArray<string>[] values, string? locator, ImmutableArray<ValueFacts>[]? facts = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length != columns.Count || (facts is not null && facts.Length != columns.Count))
        {
            throw new ArgumentException($"{values.Length} value lists for {columns.Count} properties", nameof(values));
        }

        if (columns.Facts != facts is not null)
        {
            throw new ArgumentException(columns.Facts ? "the read asked for facts" : "the read asked for no facts", nameof(facts));
        }

        for (var c = 0; facts is not null && c < facts.Length; c++)
        {
            if (!columns.WantsFacts(c) && !facts[c].IsDefaultOrEmpty)
            {
                throw new ArgumentException($"facts of '{columns.Names[c]}', which the read did not ask for", nameof(facts));
            }
        }

        Id = id;
        _columns = columns;
        _values = values;
        _facts = facts;
        Locator = locator;
    }

    public string Id { get; }

    /// <summary>The locator of the first of the entity's statements read (by first seen, property, value).</summary>
    public string? Locator { get; }

    /// <summary>Distinct values of a property in first-seen order, or an empty array (also for a property not read).</summary>
    public ImmutableArray<string> Get(string property)
    {
        var column = _columns.IndexOf(property);
        return column < 0 || _values[column].IsDefault ? ImmutableArray<string>.Empty : _values[column];
    }

    /// <summary>First value of a property, or null.</summary>
    public string? First(string property)
    {
        var values = Get(property);
        return values.IsEmpty ? null : values[0];
    }

    /// <summary>The values of a property with their facts, in the order of <see cref="Get"/>.</summary>
    /// <exception cref="InvalidOperationException">The read did not ask for this property's facts.</exception>
    public ImmutableArray<ValueFacts> Facts(string property)
    {
        var column = _columns.IndexOf(property);
        if (_facts is null || (column >= 0 && !_columns.WantsFacts(column)))
        {
            throw new InvalidOperationException($"this values read did not ask for the facts of '{property}' (ValueColumns facts)");
        }

        return column < 0 || _facts[column].IsDefault ? ImmutableArray<ValueFacts>.Empty : _facts[column];
    }

    /// <summary>The same values taken from a whole entity (for a store without a narrower read of its own).</summary>
    public static EntityValues Of(Entity entity, ValueColumns columns)
    {
        ArgumentNullException.ThrowIfNull(entity);
        ArgumentNullException.ThrowIfNull(columns);
        var values = new ImmutableArray<string>[columns.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = entity.Get(columns.Names[i]);
        }

        var first = entity.Statements.FirstOrDefault(s => columns.IndexOf(s.Property) >= 0);
        return new EntityValues(entity.Id, columns, values, first?.Locator, columns.Facts ? FactsOf(entity, columns, values) : null);
    }

    private static ImmutableArray<ValueFacts>[] FactsOf(Entity entity, ValueColumns columns, ImmutableArray<string>[] values)
    {
        var facts = new ImmutableArray<ValueFacts>[columns.Count];
        for (var c = 0; c < facts.Length; c++)
        {
            if (!columns.WantsFacts(c))
            {
                continue;
            }

            var property = columns.Names[c];
            var found = new List<ValueFacts>();
            // The entity's statements are in first-seen order: a value's first statement is where it was first found.
            foreach (var s in entity.Statements)
            {
                if (!string.Equals(s.Property, property, StringComparison.Ordinal))
                {
                    continue;
                }

                var at = found.FindIndex(f => string.Equals(f.Value, s.Value, StringComparison.Ordinal));
                if (at < 0)
                {
                    found.Add(new ValueFacts(s.Value, s.FirstSeen, s.LastSeen, s.Locator, columns.WantsDetails(c) && s.Detail is { } d ? [d] : []));
                    continue;
                }

                var known = found[at];
                var details = known.Details;
                if (columns.WantsDetails(c) && s.Detail is { } detail && !details.Contains(detail, StringComparer.Ordinal))
                {
                    details = details.Add(detail);
                }

                found[at] = known with { LastSeen = Later(known.LastSeen, s.LastSeen), Details = details };
            }

            // In the order of the values (first-seen order, as Entity.Get gives them).
            facts[c] = [.. values[c].Select(v => found.First(f => string.Equals(f.Value, v, StringComparison.Ordinal)))];
        }

        return facts;
    }

    private static DateTimeOffset? Later(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a >= b ? a : b;
}

/// <summary>
/// One distinct value of a property with what its statements say about it: the earliest first seen, the latest last
/// seen, the locator of its first statement (by first seen, then the store's order) and, when the read asked for
/// them, the distinct evidence (<see cref="Statement.Detail"/>) of its statements in that order.
/// </summary>
public readonly record struct ValueFacts(string Value, DateTimeOffset? FirstSeen, DateTimeOffset? LastSeen, string? Locator, ImmutableArray<string> Details);

/// <summary>The properties one values read asks for, each at a fixed position, and those whose facts it asks for.</summary>
public sealed class ValueColumns
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly bool[] _facts;
    private readonly bool[] _details;

    /// <summary>Properties in the order given, without repeats; at least one.</summary>
    /// <param name="properties">The properties to read.</param>
    /// <param name="facts">Properties (among <paramref name="properties"/>) whose values come with their
    /// <see cref="ValueFacts"/> (seen times, first locator); the others' values come alone, which is cheaper.</param>
    /// <param name="details">Properties whose values come with their statements' evidence as well (and so with facts).</param>
    public ValueColumns(IEnumerable<string> properties, IEnumerable<string>? facts = null, IEnumerable<string>? details = null)
    {
        ArgumentNullException.ThrowIfNull(properties);
        var names = new List<string>();
        foreach (var property in properties)
        {
            ArgumentException.ThrowIfNullOrEmpty(property, nameof(properties));
            if (_index.TryAdd(property, names.Count))
            {
                names.Add(property);
            }
        }

        if (names.Count == 0)
        {
            throw new ArgumentException("a values read needs at least one property", nameof(properties));
        }

        Names = names;
        _facts = new bool[names.Count];
        _details = new bool[names.Count];
        foreach (var property in facts ?? [])
        {
            _facts[Column(property, nameof(facts))] = true;
        }

        foreach (var property in details ?? [])
        {
            var column = Column(property, nameof(details));
            _details[column] = true;
            _facts[column] = true;
        }

        Facts = _facts.Contains(true);
    }

    public IReadOnlyList<string> Names { get; }

    public int Count => Names.Count;

    /// <summary>Whether the values of some property come with their <see cref="ValueFacts"/>.</summary>
    public bool Facts { get; }

    /// <summary>Whether the values of the property at this position come with their facts.</summary>
    public bool WantsFacts(int column) => _facts[column];

    /// <summary>Whether the values of the property at this position come with their statements' evidence.</summary>
    public bool WantsDetails(int column) => _details[column];

    /// <summary>The property's position, or -1 when it was not asked for.</summary>
    public int IndexOf(string property) => property is not null && _index.TryGetValue(property, out var i) ? i : -1;

    private int Column(string property, string parameter) =>
        _index.TryGetValue(property, out var column) ? column : throw new ArgumentException($"'{property}' has facts asked for but is not read", parameter);
}
