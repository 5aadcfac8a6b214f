using Npgsql;
using NpgsqlTypes;

namespace Threadline.Storage.Postgres;

/// <summary>
/// Runs a <see cref="SearchQuery"/>: the page of entities from <see cref="SearchSql"/>, then for each hit the value to
/// show: its best-ranked full-text value for the query's words, cut and marked by <see cref="SnippetMaker"/>, or, for
/// a hit found by field values only, the matching value in brackets.
/// </summary>
internal static class PostgresSearch
{
    private const int MaxValueShown = 200;

    public static IReadOnlyList<SearchHit> Search(NpgsqlConnection connection, Tables t, NameTable names, SearchNames lookup, SearchQuery query, int limit, int offset, bool snippets = true)
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

        if (!snippets)
        {
            return found.Select((row, i) => new SearchHit(row.Id, names.Name(connection, row.Schema), string.Empty, string.Empty, offset + i + 1)).ToList();
        }

        var text = query.Terms.Where(SearchSql.IsText).ToList();
        var properties = text.Any(term => term.Field is null)
            ? null
            : text.Select(term => lookup.Id(NameKind.Property, term.Field!.Name)).OfType<int>().Distinct().ToArray();
        var tsquery = properties is { Length: 0 } ? null : TsQueries.Any(text);
        var marks = TsQueries.Marks(text);
        var hits = new List<SearchHit>(found.Count);
        foreach (var row in found)
        {
            var (property, snippet) = Shown(connection, t, row.Eid, tsquery, properties, marks, row.Prop, row.Hash);
            hits.Add(new SearchHit(
                row.Id,
                names.Name(connection, row.Schema),
                property is { } p ? names.Name(connection, p) : string.Empty,
                snippet,
                offset + hits.Count + 1));
        }

        return hits;
    }

    private static (int? Property, string Snippet) Shown(
        NpgsqlConnection connection, Tables t, long eid, NpgsqlTsQuery? tsquery, int[]? properties, IReadOnlyList<(string[] Words, bool Prefix)> marks, int? prop, Guid? hash)
    {
        if (tsquery is not null)
        {
            var filter = properties is null ? string.Empty : " AND prop_id = ANY(@props)";
            using var best = new NpgsqlCommand(
                $"SELECT prop_id, value FROM {t.Statements} WHERE eid = @eid AND words @@ @q{filter} ORDER BY ts_rank_cd(words, @q, 1) DESC, prop_id, hash LIMIT 1;",
                connection);
            best.Parameters.AddWithValue("eid", eid);
            best.Parameters.Add(new NpgsqlParameter("q", NpgsqlDbType.TsQuery) { Value = tsquery });
            if (properties is not null)
            {
                best.Parameters.Add(new NpgsqlParameter<int[]>("props", NpgsqlDbType.Array | NpgsqlDbType.Integer) { TypedValue = properties });
            }

            using var reader = best.ExecuteReader();
            if (reader.Read())
            {
                return (reader.GetInt32(0), SnippetMaker.Make(reader.GetString(1), marks));
            }
        }

        if (prop is not null && hash is { } h)
        {
            using var value = new NpgsqlCommand($"SELECT prop_id, value FROM {t.Statements} WHERE eid = @eid AND hash = @hash;", connection);
            value.Parameters.AddWithValue("eid", eid);
            value.Parameters.AddWithValue("hash", h);
            using var reader = value.ExecuteReader();
            if (reader.Read())
            {
                var text = reader.GetString(1);
                return (reader.GetInt32(0), "[" + (text.Length > MaxValueShown ? text[..MaxValueShown] + "…" : text) + "]");
            }
        }

        return (null, string.Empty);
    }
}
