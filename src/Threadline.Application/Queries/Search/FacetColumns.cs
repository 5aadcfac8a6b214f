using Threadline.Core.Statements;
using Threadline.Storage;

namespace Threadline.Application.Queries.Search;

/// <summary>
/// Every entity of one schema with its facet keys (each field's values, or months), held in memory as a search engine
/// keeps "doc values": counting the facets of a search's best few hundred ads is then a few hundred array reads instead
/// of thousands of statement rows read from the store (at 1M ads, ~18 rows per ad to keep 5 properties: a third of a
/// search's time). Counts exactly as <see cref="IWorkspaceStore.FacetsOf"/> does. Read-only once built; thread-safe.
/// </summary>
internal sealed class FacetColumns
{
    private readonly IReadOnlyList<FacetField> _fields;
    private readonly Dictionary<string, int> _rows;
    private readonly string[] _keys;
    private readonly int[] _start;
    private readonly int[] _cells;

    private FacetColumns(IReadOnlyList<FacetField> fields, Dictionary<string, int> rows, string[] keys, int[] start, int[] cells)
    {
        _fields = fields;
        _rows = rows;
        _keys = keys;
        _start = start;
        _cells = cells;
    }

    /// <summary>Entities held (those with at least one value of a field).</summary>
    public int Entities => _rows.Count;

    /// <summary>
    /// Reads the fields of every entity of <paramref name="schema"/> once, in the store's own order (at 1M ads: one pass
    /// over their 5M statements of these properties). Cells pack a field's index (3 bits) and a key's number.
    /// </summary>
    public static FacetColumns Build(IWorkspaceStore store, string schema, IReadOnlyList<FacetField> fields, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(fields);
        var distinct = fields.DistinctBy(f => f.Property, StringComparer.Ordinal).ToList();
        if (distinct.Count > MaxFields)
        {
            throw new ArgumentException($"at most {MaxFields} facet fields are held in columns", nameof(fields));
        }

        var rows = new Dictionary<string, int>(StringComparer.Ordinal);
        var keyNumbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var keys = new List<string>();
        var start = new List<int> { 0 };
        var cells = new List<int>();
        var row = new List<int>(16);
        // Values only: the facets count an entity under each of its keys once, whatever statements state them.
        foreach (var entity in store.ValuesInStorageOrder(schema, new ValueColumns(distinct.Select(f => f.Property))))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (rows.ContainsKey(entity.Id))
            {
                continue; // a store that returns an entity twice: its first reading holds all of its values
            }

            row.Clear();
            for (var field = 0; field < distinct.Count; field++)
            {
                foreach (var value in entity.Get(distinct[field].Property))
                {
                    if ((distinct[field].Kind == FacetKind.Month ? Storage.Facets.Month(value) : value) is not { } key)
                    {
                        continue;
                    }

                    if (!keyNumbers.TryGetValue(key, out var number))
                    {
                        number = keys.Count;
                        if (number > MaxKey)
                        {
                            throw new InvalidOperationException($"more than {MaxKey + 1} distinct facet keys: too many to hold in columns");
                        }

                        keyNumbers[key] = number;
                        keys.Add(key);
                    }

                    var cell = (field << KeyBits) | number;
                    if (!row.Contains(cell))
                    {
                        row.Add(cell); // an entity counts under each key once (two values may share a month)
                    }
                }
            }

            rows[entity.Id] = start.Count - 1;
            cells.AddRange(row);
            start.Add(cells.Count);
        }

        return new FacetColumns(distinct, rows, [.. keys], [.. start], [.. cells]);
    }

    /// <summary>
    /// The facets of some entities, as <see cref="IWorkspaceStore.FacetsOf"/> gives them: ids past
    /// <see cref="Storage.Facets.MaxEntities"/> left out, an id counted once, entities without a key under
    /// <see cref="Storage.Facets.Unknown"/>. Ids not held (no value of any field, or not of the schema) are handed to
    /// <paramref name="notHeld"/>, which says how many of them are entities of the schema (counted unknown everywhere).
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<KeyValuePair<string, long>>> Count(IReadOnlyCollection<string> entityIds, int limit, Func<IReadOnlyList<string>, long> notHeld)
    {
        ArgumentNullException.ThrowIfNull(entityIds);
        ArgumentNullException.ThrowIfNull(notHeld);
        var ids = entityIds.Distinct(StringComparer.Ordinal).Take(Storage.Facets.MaxEntities).ToList();
        var counts = new Dictionary<int, long>[_fields.Count];
        var with = new long[_fields.Count];
        for (var f = 0; f < counts.Length; f++)
        {
            counts[f] = [];
        }

        var held = 0L;
        var rest = new List<string>();
        foreach (var id in ids)
        {
            if (!_rows.TryGetValue(id, out var row))
            {
                rest.Add(id);
                continue;
            }

            held++;
            var seen = 0;
            for (var c = _start[row]; c < _start[row + 1]; c++)
            {
                var field = _cells[c] >>> KeyBits;
                var key = _cells[c] & MaxKey;
                counts[field][key] = counts[field].GetValueOrDefault(key) + 1;
                if ((seen & (1 << field)) == 0)
                {
                    seen |= 1 << field;
                    with[field]++;
                }
            }
        }

        var entities = held + (rest.Count == 0 ? 0 : notHeld(rest));
        var result = new Dictionary<string, IReadOnlyList<KeyValuePair<string, long>>>(StringComparer.Ordinal);
        for (var f = 0; f < _fields.Count; f++)
        {
            result[_fields[f].Property] = entities == 0
                ? []
                : Storage.Facets.Order(counts[f].Select(kv => new KeyValuePair<string, long>(_keys[kv.Key], kv.Value)), _fields[f].Kind, entities - with[f], limit);
        }

        return result;
    }

    private const int KeyBits = 28;
    private const int MaxKey = (1 << KeyBits) - 1;
    private const int MaxFields = 7;
}
