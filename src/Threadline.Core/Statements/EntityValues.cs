using System.Collections.Immutable;

namespace Threadline.Core.Statements;

/// <summary>
/// Some properties' values of one entity without their statements: what a job that computes over every entity of
/// a schema reads (money over a million payments, each held by two dozen statements), at a fraction of the time and
/// memory of whole <see cref="Entity"/> objects. Each property's values come in the order <see cref="Entity.Get"/>
/// gives them, and <see cref="Locator"/> is the locator of the statement <see cref="Entity.Statements"/> would put
/// first among those of the properties read, so a job gets the same answer from either read.
/// </summary>
public sealed class EntityValues
{
    private readonly ValueColumns _columns;
    private readonly ImmutableArray<string>[] _values;

    /// <param name="id">The entity's id.</param>
    /// <param name="columns">The properties the read asked for (shared by every entity of one read).</param>
    /// <param name="values">Per column of <paramref name="columns"/>, the distinct values (default or empty: none).</param>
    /// <param name="locator">Where the entity's first statement among those read was found, when it says.</param>
    public EntityValues(string id, ValueColumns columns, ImmutableArray<string>[] values, string? locator)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length != columns.Count)
        {
            throw new ArgumentException($"{values.Length} value lists for {columns.Count} properties", nameof(values));
        }

        Id = id;
        _columns = columns;
        _values = values;
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
        return new EntityValues(entity.Id, columns, values, first?.Locator);
    }
}

/// <summary>The properties one values read asks for, each at a fixed position.</summary>
public sealed class ValueColumns
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

    /// <summary>Properties in the order given, without repeats; at least one.</summary>
    public ValueColumns(IEnumerable<string> properties)
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
    }

    public IReadOnlyList<string> Names { get; }

    public int Count => Names.Count;

    /// <summary>The property's position, or -1 when it was not asked for.</summary>
    public int IndexOf(string property) => property is not null && _index.TryGetValue(property, out var i) ? i : -1;
}
