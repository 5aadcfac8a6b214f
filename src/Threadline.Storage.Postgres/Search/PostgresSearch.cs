using Npgsql;
using NpgsqlTypes;

namespace Threadline.Storage.Postgres;

/// <summary>
/// Runs a <see cref="SearchQuery"/>: the page of entities from <see cref="SearchSql"/>, then, for the whole page in one query, the value to
/// show for each hit: its best-ranked full-text value for the query's words, cut and marked by <see cref="SnippetMaker"/>, or, for
/// a hit found by field values only, the matching value in brackets.
/// </summary>
internal static class PostgresSearch
{
    private const int MaxValueShown = 200;

    public static IReadOnlyList<SearchHit> Search(NpgsqlConnection connection, Tables t, NameTable names, SearchNames lookup, SearchQuery query, int limit, int offset, int shownFrom = 0, int shownCount = int.MaxValue)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        limit = Math.Min(Math.Min(limit, SearchLimits.MaxLimit), SearchLimits.MaxDepth - offset);
        if (limit <= 0 || query.IsEmpty)
        {
            return [];
        }

        var found = new List<(long Eid, string Id, int Schema, int? Prop, Guid? Hash)>();
        using (var command = SearchSql.Build(connection, t, query, lookup, limit, offset))
        {
            if (command is null)
            {
                return [];
            }

            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                found.Add((reader.GetInt64(0), reader.GetString(1), reader.GetInt32(2), reader.IsDBNull(3) ? null : reader.GetInt32(3), reader.IsDBNull(4) ? null : reader.GetGuid(4)));
            }
        }

        var from = Math.Clamp(shownFrom, 0, found.Count);
        var count = Math.Clamp(shownCount, 0, found.Count - from);
        if (count == 0)
        {
            return found.Select((row, i) => new SearchHit(row.Id, names.Name(connection, row.Schema), string.Empty, string.Empty, offset + i + 1)).ToList();
        }

        var marked = found.Skip(from).Take(count).ToList();

        var text = query.Terms.Where(SearchSql.IsText).ToList();
        var properties = text.Any(term => term.Field is null)
            ? null
            : text.Select(term => lookup.Id(NameKind.Property, term.Field!.Name)).OfType<int>().Distinct().ToArray();
        var tsquery = properties is { Length: 0 } ? null : TsQueries.Any(text);
        var marks = SnippetMaker.Terms(text);
        // The values shown are read for the whole page at once: one round trip, not one per hit.
        var best = tsquery is null ? [] : BestValues(connection, t, marked.Select(r => r.Eid).Distinct().ToArray(), tsquery, properties);
        var exact = ExactValues(connection, t, marked.Where(r => !best.ContainsKey(r.Eid) && r.Prop is not null && r.Hash is not null).Select(r => (r.Eid, r.Hash!.Value)).Distinct().ToArray());
        var hits = new List<SearchHit>(found.Count);
        foreach (var row in found)
        {
            var (property, snippet) =
                hits.Count < from || hits.Count >= from + count ? ((int?)null, string.Empty)
                : best.TryGetValue(row.Eid, out var b) ? (b.Prop, SnippetMaker.Make(b.Value, marks))
                : row.Hash is { } h && exact.TryGetValue((row.Eid, h), out var e) ? (e.Prop, "[" + (e.Value.Length > MaxValueShown ? e.Value[..MaxValueShown] + "…" : e.Value) + "]")
                : ((int?)null, string.Empty);
            hits.Add(new SearchHit(
                row.Id,
                names.Name(connection, row.Schema),
                property is { } p ? names.Name(connection, p) : string.Empty,
                snippet,
                offset + hits.Count + 1));
        }

        return hits;
    }

    /// <summary>Each entity's best-ranked full-text value for the query (ties: lowest property, then hash).</summary>
    private static Dictionary<long, (int? Prop, string Value)> BestValues(NpgsqlConnection connection, Tables t, long[] eids, NpgsqlTsQuery tsquery, int[]? properties)
    {
        var values = new Dictionary<long, (int? Prop, string Value)>();
        if (eids.Length == 0)
        {
            return values;
        }

        var filter = properties is null ? string.Empty : " AND prop_id = ANY(@props)";
        using var best = new NpgsqlCommand(
            $"SELECT DISTINCT ON (eid) eid, prop_id, value FROM {t.Statements} WHERE eid = ANY(@eids) AND words @@ @q{filter} ORDER BY eid, ts_rank_cd(words, @q, 1) DESC, prop_id, hash;",
            connection);
        best.Parameters.Add(new NpgsqlParameter<long[]>("eids", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { TypedValue = eids });
        best.Parameters.Add(new NpgsqlParameter("q", NpgsqlDbType.TsQuery) { Value = tsquery });
        if (properties is not null)
        {
            best.Parameters.Add(new NpgsqlParameter<int[]>("props", NpgsqlDbType.Array | NpgsqlDbType.Integer) { TypedValue = properties });
        }

        using var reader = best.ExecuteReader();
        while (reader.Read())
        {
            values[reader.GetInt64(0)] = (reader.GetInt32(1), reader.GetString(2));
        }

        return values;
    }

    /// <summary>The values that matched by field (found by entity and statement hash).</summary>
    private static Dictionary<(long Eid, Guid Hash), (int? Prop, string Value)> ExactValues(NpgsqlConnection connection, Tables t, (long Eid, Guid Hash)[] wanted)
    {
        var values = new Dictionary<(long Eid, Guid Hash), (int? Prop, string Value)>();
        if (wanted.Length == 0)
        {
            return values;
        }

        using var value = new NpgsqlCommand(
            $"SELECT s.eid, s.hash, s.prop_id, s.value FROM {t.Statements} AS s JOIN unnest(@eids, @hashes) AS w(eid, hash) ON s.eid = w.eid AND s.hash = w.hash;",
            connection);
        value.Parameters.Add(new NpgsqlParameter<long[]>("eids", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { TypedValue = wanted.Select(w => w.Eid).ToArray() });
        value.Parameters.Add(new NpgsqlParameter<Guid[]>("hashes", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { TypedValue = wanted.Select(w => w.Hash).ToArray() });
        using var reader = value.ExecuteReader();
        while (reader.Read())
        {
            values[(reader.GetInt64(0), reader.GetGuid(1))] = (reader.GetInt32(2), reader.GetString(3));
        }

        return values;
    }
}
