using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Threadline.Storage.Sqlite;

/// <summary>
/// The value shown for each hit of a page: of its full-text values, the one whose snippet marks the most matches of the
/// query's text terms (then the value the search ranked the hit by, then lowest property, then statement), cut to a
/// window of 24 words with every match marked by [ and ] (<see cref="SnippetMaker"/>, words as the index's tokenizer
/// cuts them); for a hit found by field values only, the matching value.
/// </summary>
/// <remarks>
/// Made from the values' text, not by FTS5: asking FTS5 for the page's rows costs a seek per row in every word's
/// list (or a walk of the words' rows between the first and last of them), which for common words in a large
/// workspace is most of a search's time.
/// </remarks>
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
            Text(connection, hits, text, properties, shown);
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

    private static void Text(SqliteConnection connection, IReadOnlyList<(long Eid, long? Sid)> hits, IReadOnlyList<SearchTerm> text, List<long>? properties, Dictionary<long, (long? Property, string Snippet)> shown)
    {
        var terms = SnippetMaker.Terms(text);
        if (terms.Count == 0)
        {
            return;
        }

        var ranked = hits.Where(h => h.Sid is not null).Select(h => h.Sid!.Value).ToHashSet();
        var best = new Dictionary<long, (int Marks, bool Ranked, long Property, long Sid, string Snippet)>();
        using var command = connection.CreateCommand();
        var filter = properties is null ? string.Empty : " AND s.prop_id IN (SELECT value FROM json_each($props))";
        command.CommandText = $"SELECT s.sid, s.eid, s.prop_id, s.value FROM statements AS s INDEXED BY statements_fulltext_by_entity WHERE s.eid IN (SELECT value FROM json_each($eids)) AND s.indexed = 1{filter};";
        command.Parameters.AddWithValue("$eids", JsonSerializer.Serialize(hits.Select(h => h.Eid).Distinct()));
        if (properties is not null)
        {
            command.Parameters.AddWithValue("$props", JsonSerializer.Serialize(properties));
        }

        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var (snippet, marks) = SnippetMaker.Marked(reader.GetString(3), terms);
            if (marks == 0)
            {
                continue;
            }

            var sid = reader.GetInt64(0);
            var eid = reader.GetInt64(1);
            var candidate = (marks, ranked.Contains(sid), reader.GetInt64(2), sid, snippet);
            if (!best.TryGetValue(eid, out var held) || Better(candidate, held))
            {
                best[eid] = candidate;
            }
        }

        foreach (var (eid, b) in best)
        {
            shown[eid] = (b.Property, b.Snippet);
        }
    }

    private static bool Better((int Marks, bool Ranked, long Property, long Sid, string Snippet) a, (int Marks, bool Ranked, long Property, long Sid, string Snippet) b) =>
        a.Marks != b.Marks ? a.Marks > b.Marks
        : a.Ranked != b.Ranked ? a.Ranked
        : a.Property != b.Property ? a.Property < b.Property
        : a.Sid < b.Sid;
}
