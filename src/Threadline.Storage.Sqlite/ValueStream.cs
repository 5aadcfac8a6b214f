using System.Collections.Immutable;
using System.Globalization;
using Threadline.Core.Statements;

namespace Threadline.Storage.Sqlite;

/// <summary>
/// The values read (<see cref="IWorkspaceStore.ValuesInStorageOrder"/>): the statement rows of a page of entities in
/// storage order, of the named properties only, through SQLitePCL directly, six to eight columns a row, making no
/// <see cref="Statement"/> objects. A page is read whole before it is handed out, as in
/// <see cref="StatementStream.ScanInStorageOrder"/>, so a slow consumer never holds the read open.
/// </summary>
internal static class ValueStream
{
    private static readonly long NotSeen = DateTimeOffset.MaxValue.UtcTicks;

    /// <summary>The property index is used when the first page's rows asked for are under one in this many of its rows.</summary>
    private const int SparseShare = 4;

    /// <summary>Values of the entities of one schema; <paramref name="properties"/> are the ids of the properties of
    /// <paramref name="columns"/> the workspace knows, each with its column (at least one).</summary>
    public static IEnumerable<EntityValues> Read(Connections connections, long schemaId, ValueColumns columns, IReadOnlyList<(long Id, int Column)> properties)
    {
        var columnOf = properties.ToDictionary(p => p.Id, p => p.Column);
        // Entity orders a first-seen tie by property name: the columns' ranks in that order.
        var rank = new int[columns.Count];
        var byName = Enumerable.Range(0, columns.Count).OrderBy(i => columns.Names[i], StringComparer.Ordinal).ToArray();
        for (var r = 0; r < byName.Length; r++)
        {
            rank[byName[r]] = r;
        }

        var ids = string.Join(", ", properties.Select(p => p.Id.ToString(CultureInfo.InvariantCulture)));
        // Last seen and evidence only when some property's facts are asked for: SQLite loads every column named.
        var extra = !columns.Facts ? string.Empty
            : Enumerable.Range(0, columns.Count).Any(columns.WantsDetails) ? ", s.last_seen, s.detail" : ", s.last_seen";
        using var connection = connections.OpenReader();
        using var bound = new RawStatement(
            connection,
            $"SELECT max(eid) FROM (SELECT eid FROM entities NOT INDEXED WHERE eid > ?1 AND schema_id = ?2 ORDER BY eid LIMIT {StatementStream.PageSize});");
        // Two ways to a page's rows. Through each entity's statements (statements_by_entity), reading every row of the
        // page's entities and keeping those of the properties asked for: best when they are most of an entity's
        // statements (a payment's). Through the property index (statements_by_property: one seek per property and
        // producer in the page's range), reading only the rows asked for: best when they are few of them (an ad's
        // phone and e-mail among its twenty statements: at 1M ads half the time). Both give the rows in (entity, statement
        // hash) order. The first page is read the first way and counts what share of its rows was asked for.
        using var dense = new RawStatement(
            connection,
            $"""
            SELECT e.eid, e.id, s.prop_id, s.first_seen, s.value, s.locator{extra}
            FROM entities AS e NOT INDEXED CROSS JOIN statements AS s INDEXED BY statements_by_entity ON s.eid = e.eid
            WHERE e.eid > ?1 AND e.eid <= ?2 AND e.schema_id = ?3 AND s.prop_id IN ({ids})
            ORDER BY e.eid, s.hash;
            """);
        using var sparse = new RawStatement(
            connection,
            $"""
            SELECT e.eid, e.id, s.prop_id, s.first_seen, s.value, s.locator{extra}
            FROM statements AS s INDEXED BY statements_by_property CROSS JOIN entities AS e ON e.eid = s.eid
            WHERE s.prop_id IN ({ids}) AND s.producer_id IN (SELECT id FROM names WHERE kind = {(int)NameKind.Producer})
              AND s.eid > ?1 AND s.eid <= ?2 AND e.schema_id = ?3
            ORDER BY s.eid, s.hash;
            """);
        using var pageRows = new RawStatement(
            connection,
            "SELECT count(*) FROM entities AS e NOT INDEXED CROSS JOIN statements AS s INDEXED BY statements_by_entity ON s.eid = e.eid WHERE e.eid > ?1 AND e.eid <= ?2 AND e.schema_id = ?3;");
        var rows = dense;
        var first = true;
        var builder = new Builder(columns, rank);
        var pool = new TextPool();
        var after = 0L;
        while (true)
        {
            bound.Bind(1, after);
            bound.Bind(2, schemaId);
            long upper;
            try
            {
                if (!bound.Step() || bound.IsNull(0))
                {
                    yield break;
                }

                upper = bound.Int64(0);
            }
            finally
            {
                bound.Reset();
            }

            var page = new List<EntityValues>(StatementStream.PageSize);
            var read = 0L;
            rows.Bind(1, after);
            rows.Bind(2, upper);
            rows.Bind(3, schemaId);
            try
            {
                var eid = -1L;
                while (rows.Step())
                {
                    if (rows.Int64(0) is var rowEid && rowEid != eid)
                    {
                        if (eid != -1)
                        {
                            page.Add(builder.Build());
                        }

                        eid = rowEid;
                        builder.Start(rows.Text(1));
                    }

                    read++;
                    var column = columnOf[rows.Int64(2)];
                    var seen = rows.IsNull(3) ? NotSeen : rows.Int64(3);
                    var value = builder.Value(column, rows.Blob(4), pool);
                    builder.Add(column, seen, value, rows);
                }

                if (eid != -1)
                {
                    page.Add(builder.Build());
                }
            }
            finally
            {
                rows.Reset();
            }

            if (first)
            {
                first = false;
                if (read * SparseShare < Count(pageRows, after, upper, schemaId))
                {
                    rows = sparse;
                }
            }

            foreach (var entity in page)
            {
                yield return entity;
            }

            after = upper;
        }
    }

    private static long Count(RawStatement count, long after, long upper, long schemaId)
    {
        count.Bind(1, after);
        count.Bind(2, upper);
        count.Bind(3, schemaId);
        try
        {
            return count.Step() ? count.Int64(0) : 0;
        }
        finally
        {
            count.Reset();
        }
    }

    /// <summary>One entity's values as its rows come in, ordered as <see cref="Entity.FromGroup"/> orders them.</summary>
    private sealed class Builder(ValueColumns columns, int[] rank)
    {
        private readonly List<Found>[] _found = Enumerable.Range(0, columns.Count).Select(_ => new List<Found>()).ToArray();
        private string _id = string.Empty;
        private (long Seen, int Rank, string Value)? _first;
        private string? _locator;
        private string? _lastLocator;

        public void Start(string id)
        {
            _id = id;
            _first = null;
            _locator = null;
            _lastLocator = null;
            foreach (var list in _found)
            {
                list.Clear();
            }
        }

        /// <summary>
        /// A value's text from its stored UTF-8 bytes: the string the entity already holds for the column when another
        /// source gave the same value (a payment is in both the statement and the export), else one from the pool.
        /// </summary>
        public string Value(int column, ReadOnlySpan<byte> utf8, TextPool pool)
        {
            var chars = pool.Decode(utf8);
            foreach (var known in _found[column])
            {
                if (chars.SequenceEqual(known.Value))
                {
                    return known.Value;
                }
            }

            return pool.Get(chars);
        }

        /// <summary>Adds a row (columns: 3 first seen, 5 locator, 6 last seen, 7 detail).</summary>
        public void Add(int column, long seen, string value, RawStatement row)
        {
            var found = _found[column];
            Found? entry = null;
            foreach (var f in found)
            {
                if (ReferenceEquals(f.Value, value) || string.Equals(f.Value, value, StringComparison.Ordinal))
                {
                    entry = f;
                    break;
                }
            }

            var facts = columns.WantsFacts(column);
            if (entry is null)
            {
                entry = new Found(value, seen);
                found.Add(entry);
                if (facts)
                {
                    entry.Locator = Locator(row);
                }
            }
            else if (seen < entry.Seen)
            {
                // Rows come in the store's order; a later row is the value's first only when strictly earlier seen.
                entry.Seen = seen;
                if (facts)
                {
                    entry.Locator = Locator(row);
                }
            }

            if (facts)
            {
                if (!row.IsNull(6) && (entry.Last is not { } last || row.Int64(6) > last))
                {
                    entry.Last = row.Int64(6);
                }

                if (columns.WantsDetails(column) && !row.IsNull(7))
                {
                    entry.Details ??= [];
                    entry.Details.Add((seen, entry.Details.Count, row.Text(7)));
                }
            }

            var key = (seen, rank[column], value);
            // Later rows win only when strictly earlier: Entity's sort is stable over rows in this same order.
            if (_first is { } best && Compare(key, best) >= 0)
            {
                return;
            }

            _first = key;
            _locator = Locator(row);
        }

        public EntityValues Build()
        {
            var values = new ImmutableArray<string>[_found.Length];
            var facts = columns.Facts ? new ImmutableArray<ValueFacts>[_found.Length] : null;
            for (var c = 0; c < _found.Length; c++)
            {
                var found = _found[c];
                if (found.Count == 0)
                {
                    continue;
                }

                if (found.Count > 1)
                {
                    // Values are distinct: the order is total.
                    found.Sort(static (a, b) => a.Seen != b.Seen ? a.Seen.CompareTo(b.Seen) : string.CompareOrdinal(a.Value, b.Value));
                }

                values[c] = [.. found.Select(f => f.Value)];
                if (facts is not null && columns.WantsFacts(c))
                {
                    facts[c] = [.. found.Select(f => new ValueFacts(f.Value, Time(f.Seen), f.Last is { } last ? StatementRows.Time(last) : null, f.Locator, Details(f.Details)))];
                }
            }

            return new EntityValues(_id, columns, values, _locator, facts);
        }

        private static DateTimeOffset? Time(long seen) => seen == NotSeen ? null : StatementRows.Time(seen);

        /// <summary>A value's distinct evidence in the order of its statements in the entity (first seen, then the store's order).</summary>
        private static ImmutableArray<string> Details(List<(long Seen, int Order, string Detail)>? details)
        {
            if (details is null)
            {
                return [];
            }

            details.Sort(static (a, b) => a.Seen != b.Seen ? a.Seen.CompareTo(b.Seen) : a.Order.CompareTo(b.Order));
            var distinct = ImmutableArray.CreateBuilder<string>(details.Count);
            foreach (var (_, _, detail) in details)
            {
                if (!distinct.Contains(detail, StringComparer.Ordinal))
                {
                    distinct.Add(detail);
                }
            }

            return distinct.ToImmutable();
        }

        /// <summary>The row's locator, the entity's last one again when it is the same text (an ad's rows share theirs).</summary>
        private string? Locator(RawStatement row)
        {
            if (row.IsNull(5))
            {
                return null;
            }

            var bytes = row.Blob(5);
            if (_lastLocator is { } last && last.Length == bytes.Length && System.Text.Ascii.Equals(bytes, last))
            {
                return last;
            }

            _lastLocator = row.Text(5);
            return _lastLocator;
        }

        private static int Compare((long Seen, int Rank, string Value) a, (long Seen, int Rank, string Value) b) =>
            a.Seen != b.Seen ? a.Seen.CompareTo(b.Seen) : a.Rank != b.Rank ? a.Rank.CompareTo(b.Rank) : string.CompareOrdinal(a.Value, b.Value);

        private sealed class Found(string value, long seen)
        {
            public string Value { get; } = value;

            public long Seen { get; set; } = seen;

            public long? Last { get; set; }

            public string? Locator { get; set; }

            public List<(long Seen, int Order, string Detail)>? Details { get; set; }
        }
    }

    /// <summary>
    /// Strings for the values of one read: short values many entities share (a currency, a method, a date, a city) are
    /// made once and shared, up to a bounded number; the rest are made each time.
    /// </summary>
    internal sealed class TextPool
    {
        /// <summary>Values longer than this are not pooled.</summary>
        public const int MaxPooledLength = 48;

        /// <summary>Distinct values pooled at most; later ones are made each time.</summary>
        public const int MaxPooled = 65_536;

        private readonly Dictionary<string, string> _pool = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
        private char[] _chars = new char[256];

        public TextPool() => _lookup = _pool.GetAlternateLookup<ReadOnlySpan<char>>();

        /// <summary>The UTF-8 bytes as characters, in a buffer valid until the next call.</summary>
        public ReadOnlySpan<char> Decode(ReadOnlySpan<byte> utf8)
        {
            if (utf8.Length > _chars.Length)
            {
                _chars = new char[Math.Max(utf8.Length, _chars.Length * 2)];
            }

            return _chars.AsSpan(0, System.Text.Encoding.UTF8.GetChars(utf8, _chars));
        }

        public string Get(ReadOnlySpan<char> chars)
        {
            if (chars.Length > MaxPooledLength)
            {
                return new string(chars);
            }

            if (_lookup.TryGetValue(chars, out var known))
            {
                return known;
            }

            var made = new string(chars);
            if (_pool.Count < MaxPooled)
            {
                _pool[made] = made;
            }

            return made;
        }
    }
}
