namespace Threadline.Storage;

/// <summary>
/// Counts entities by the values (or months) of some properties, each entity once per key, for
/// <see cref="IWorkspaceStore.FacetsOf"/>: every engine feeds it the (entity, property, value) rows it reads.
/// </summary>
public sealed class FacetTally
{
    private readonly Dictionary<string, List<FacetField>> _byProperty;
    private readonly Dictionary<FacetField, Dictionary<string, HashSet<string>>> _keys = [];
    private readonly Dictionary<FacetField, HashSet<string>> _with = [];
    private readonly IReadOnlyList<FacetField> _fields;

    /// <summary>A tally of these fields (one per property: a later field of a property already asked is left out).</summary>
    public FacetTally(IReadOnlyList<FacetField> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        _fields = [.. fields.DistinctBy(f => f.Property, StringComparer.Ordinal)];
        _byProperty = _fields.GroupBy(f => f.Property, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        foreach (var field in _fields)
        {
            _keys[field] = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            _with[field] = new HashSet<string>(StringComparer.Ordinal);
        }
    }

    /// <summary>Counts one value of one entity (a property not asked for is ignored; a month field ignores a value that is not a date).</summary>
    public void Add(string entityId, string property, string value)
    {
        ArgumentNullException.ThrowIfNull(entityId);
        ArgumentNullException.ThrowIfNull(property);
        ArgumentNullException.ThrowIfNull(value);
        if (!_byProperty.TryGetValue(property, out var fields))
        {
            return;
        }

        foreach (var field in fields)
        {
            if ((field.Kind == FacetKind.Month ? Facets.Month(value) : value) is not { } key)
            {
                continue;
            }

            var keys = _keys[field];
            if (!keys.TryGetValue(key, out var entities))
            {
                keys[key] = entities = new HashSet<string>(StringComparer.Ordinal);
            }

            entities.Add(entityId);
            _with[field].Add(entityId);
        }
    }

    /// <summary>Each field's counts in facet order, cut to <paramref name="limit"/>; of <paramref name="entities"/> counted, those without a key are unknown.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<KeyValuePair<string, long>>> Result(long entities, int limit)
    {
        var result = new Dictionary<string, IReadOnlyList<KeyValuePair<string, long>>>(StringComparer.Ordinal);
        foreach (var field in _fields)
        {
            result[field.Property] = entities == 0
                ? []
                : Facets.Order(_keys[field].Select(kv => new KeyValuePair<string, long>(kv.Key, kv.Value.Count)), field.Kind, entities - _with[field].Count, limit);
        }

        return result;
    }
}
