using Microsoft.Data.Sqlite;

namespace Threadline.Storage.Sqlite;

/// <summary>
/// The value shown for each hit of a page: its best-ranked full-text value for the query's text terms (then lowest
/// property, then statement), with every matching word marked by [ and ] (FTS5 <c>snippet</c>, 24 tokens); for a hit
/// found by field values only, the matching value.
/// </summary>
/// <remarks>One FTS5 pass serves the whole page (<see cref="FtsPass"/>).</remarks>
internal static class Snippets
{
    private const int MaxValueShown = 200;

    /// <summary>The property shown (null when none) and its snippet, per hit (entity row id and the statement that matched, if any).</summary>
    public static Dictionary<long, (long? Property, string Snippet)> For(SqliteConnection connection, SearchQuery query, SearchNames names, IReadOnlyList<(long Eid, long? Sid)> hits)
    {
        var shown = new Dictionary<long, (long? Property, string Snippet)>();
        if (hits.Count == 0)
        {
            return shown;
        }

        var text = query.Terms.Where(SearchSql.IsText).ToList();
        var properties = text.Any(t => t.Field is null)
            ? null
            : text.Select(t => names.Id(NameKind.Property, t.Field!.Name)).OfType<long>().Distinct().ToList();
        if (text.Count > 0 && properties is not { Count: 0 })
        {
            Text(connection, hits.Select(h => h.Eid).Distinct().ToList(), Fts5.Any(text), properties, shown);
        }

        using var value = connection.CreateCommand();
        value.CommandText = "SELECT prop_id, value FROM statements WHERE sid = $sid;";
        var sid = value.Parameters.Add("$sid", SqliteType.Integer);
        foreach (var (eid, row) in hits)
        {
            if (shown.ContainsKey(eid) || row is null)
            {
                continue;
            }

            sid.Value = row.Value;
            using var reader = value.ExecuteReader();
            if (reader.Read())
            {
                var v = reader.GetString(1);
                shown[eid] = (reader.GetInt64(0), "[" + (v.Length > MaxValueShown ? v[..MaxValueShown] + "…" : v) + "]");
            }
        }

        return shown;
    }

    private static void Text(SqliteConnection connection, IReadOnlyList<long> eids, string match, List<long>? properties, Dictionary<long, (long? Property, string Snippet)> shown)
    {
        var values = FtsPass.ValuesOf(connection, eids, properties);
        if (values.Count == 0)
        {
            return;
        }

        var best = new Dictionary<long, (double Rank, long Property, long Sid, string Snippet)>();
        using (var command = FtsPass.Over(connection, match, values.Keys, "rank, snippet(fulltext, 0, '[', ']', '…', 24)"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var row = reader.GetInt64(0);
                var (eid, property) = values[row];
                var candidate = (reader.GetDouble(1), property, row, reader.IsDBNull(2) ? string.Empty : reader.GetString(2));
                if (!best.TryGetValue(eid, out var held) || Better(candidate, held))
                {
                    best[eid] = candidate;
                }
            }
        }

        foreach (var (eid, b) in best)
        {
            shown[eid] = (b.Property, b.Snippet);
        }
    }

    private static bool Better((double Rank, long Property, long Sid, string Snippet) a, (double Rank, long Property, long Sid, string Snippet) b) =>
        a.Rank < b.Rank || (a.Rank.Equals(b.Rank) && (a.Property < b.Property || (a.Property == b.Property && a.Sid < b.Sid)));
}
