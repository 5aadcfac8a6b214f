using Threadline.Core.Statements;

namespace Threadline.Application.Export.Ftm;

/// <summary>
/// A FollowTheMoney entity being written: an id, a schema of <see cref="FtmVocabulary"/> and property values, each
/// put in FtM's form as it is added (a value FtM would refuse is left out and reported to <see cref="ExportProblems"/>).
/// Values are kept sorted and without repeats, so the same workspace always gives the same entity.
/// </summary>
public sealed class FtmEntity
{
    private readonly SortedDictionary<string, SortedDictionary<string, FtmValue>> _properties = new(StringComparer.Ordinal);
    private readonly ExportProblems? _problems;

    public FtmEntity(string id, string schema, ExportProblems? problems = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        Id = id;
        Schema = FtmVocabulary.Default.Get(schema);
        if (Schema.IsAbstract)
        {
            throw new ArgumentException($"FtM schema '{schema}' is abstract", nameof(schema));
        }

        _problems = problems;
    }

    public string Id { get; }

    public FtmSchema Schema { get; }

    /// <summary>Property → values, both in ordinal order.</summary>
    public IEnumerable<KeyValuePair<string, IReadOnlyCollection<FtmValue>>> Properties =>
        _properties.Where(p => p.Value.Count > 0).Select(p => new KeyValuePair<string, IReadOnlyCollection<FtmValue>>(p.Key, p.Value.Values));

    /// <summary>The values of one property (empty when none).</summary>
    public IReadOnlyList<string> Get(string property) =>
        _properties.TryGetValue(property, out var values) ? [.. values.Keys] : [];

    public bool Has(string property) => _properties.TryGetValue(property, out var values) && values.Count > 0;

    /// <summary>Adds a value made from one statement (its provenance).</summary>
    public FtmEntity Add(string property, string? value, Statement? from, string? lang = null) =>
        Add(property, value, from is null ? [] : [from], lang);

    /// <summary>Adds a value made from some statements; a value FtM would refuse is left out and reported.</summary>
    /// <exception cref="InvalidOperationException">The property is not one of the schema's (a mapping mistake, not bad data).</exception>
    public FtmEntity Add(string property, string? value, IEnumerable<Statement> from, string? lang = null)
    {
        var spec = Schema.Property(property)
            ?? throw new InvalidOperationException($"'{property}' is not a property of FtM {Schema.Name}");
        var clean = FtmValues.Clean(spec.Type, value);
        if (clean.Value is null)
        {
            if (clean.Reason is not null)
            {
                _problems?.LeftOut(Id, Schema.Name, property, value!, clean.Reason);
            }

            return this;
        }

        if (clean.WasCut)
        {
            _problems?.Cut(Id, Schema.Name, property, value!.Length);
        }

        if (!_properties.TryGetValue(property, out var values))
        {
            values = new SortedDictionary<string, FtmValue>(StringComparer.Ordinal);
            _properties[property] = values;
        }

        var original = string.Equals(clean.Value, value, StringComparison.Ordinal) ? null : value;
        if (!values.TryGetValue(clean.Value, out var existing))
        {
            existing = new FtmValue(clean.Value, original, lang);
            values[clean.Value] = existing;
        }

        existing.Merge(from, original, lang);
        return this;
    }

    /// <summary>Adds another entity's values (the same entity made twice, e.g. one address of several bookings).</summary>
    public void MergeFrom(FtmEntity other)
    {
        ArgumentNullException.ThrowIfNull(other);
        foreach (var (property, values) in other._properties)
        {
            foreach (var value in values.Values)
            {
                if (!_properties.TryGetValue(property, out var mine))
                {
                    mine = new SortedDictionary<string, FtmValue>(StringComparer.Ordinal);
                    _properties[property] = mine;
                }

                if (!mine.TryGetValue(value.Value, out var existing))
                {
                    existing = new FtmValue(value.Value, value.OriginalValue, value.Lang);
                    mine[value.Value] = existing;
                }

                existing.Merge(value.From, value.OriginalValue, value.Lang);
            }
        }
    }

    /// <summary>The required properties the entity lacks.</summary>
    public IReadOnlyList<string> Missing() => [.. Schema.Required.Where(p => !Has(p))];

    /// <summary>Removes every value of a property (an optional reference to an entity the export leaves out).</summary>
    public void Remove(string property, string value)
    {
        if (_properties.TryGetValue(property, out var values))
        {
            values.Remove(value);
        }
    }

    /// <summary>The earliest and latest time any of the entity's values was seen, or null when none is dated.</summary>
    public (DateTimeOffset? First, DateTimeOffset? Last) Seen()
    {
        DateTimeOffset? first = null, last = null;
        foreach (var s in _properties.Values.SelectMany(v => v.Values).SelectMany(v => v.From))
        {
            if (s.FirstSeen is { } f && (first is null || f < first))
            {
                first = f;
            }

            if (s.LastSeen is { } l && (last is null || l > last))
            {
                last = l;
            }
        }

        return (first, last);
    }
}
