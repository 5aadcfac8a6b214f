using Microsoft.Data.Sqlite;

namespace Threadline.Storage.Sqlite;

/// <summary>
/// The value shown for a hit: its best-ranked full-text value for the query's text terms, with every matching word
/// marked by [ and ] (FTS5 <c>snippet</c>, 24 tokens); for a hit found by field values only, the matching value.
/// </summary>
internal sealed class Snippets : IDisposable
{
    private const int MaxValueShown = 200;
    private readonly SqliteCommand? _text;
    private readonly SqliteParameter? _textEntity;
    private readonly SqliteCommand _value;
    private readonly SqliteParameter _valueSid;

    public Snippets(SqliteConnection connection, SearchQuery query, SearchNames names)
    {
        var text = query.Terms.Where(SearchSql.IsText).ToList();
        var properties = text.Any(t => t.Field is null)
            ? null
            : text.Select(t => names.Id(NameKind.Property, t.Field!.Name)).OfType<long>().Distinct().Select(SqliteSearch.Sql).ToList();
        if (text.Count > 0 && properties is not { Count: 0 })
        {
            _text = connection.CreateCommand();
            var filter = properties is null ? string.Empty : $" AND s.prop_id IN ({string.Join(", ", properties)})";
            // CROSS JOIN keeps the entity's statements outside: FTS5 then checks only their rows, not every match.
            _text.CommandText = $"""
                SELECT s.prop_id, snippet(fulltext, 0, '[', ']', '…', 24)
                FROM statements AS s CROSS JOIN fulltext AS f ON f.rowid = s.sid
                WHERE s.eid = $eid AND s.indexed = 1{filter} AND fulltext MATCH $q
                ORDER BY f.rank, s.prop_id, s.sid LIMIT 1;
                """;
            _textEntity = _text.Parameters.Add("$eid", SqliteType.Integer);
            _text.Parameters.AddWithValue("$q", Fts5.Any(text));
        }

        _value = connection.CreateCommand();
        _value.CommandText = "SELECT prop_id, value FROM statements WHERE sid = $sid;";
        _valueSid = _value.Parameters.Add("$sid", SqliteType.Integer);
    }

    /// <summary>The property shown (null when none) and its snippet.</summary>
    public (long? Property, string Snippet) For(long eid, long? sid)
    {
        if (_text is not null)
        {
            _textEntity!.Value = eid;
            using var reader = _text.ExecuteReader();
            if (reader.Read())
            {
                return (reader.GetInt64(0), reader.IsDBNull(1) ? string.Empty : reader.GetString(1));
            }
        }

        if (sid is { } row)
        {
            _valueSid.Value = row;
            using var reader = _value.ExecuteReader();
            if (reader.Read())
            {
                var value = reader.GetString(1);
                return (reader.GetInt64(0), "[" + (value.Length > MaxValueShown ? value[..MaxValueShown] + "…" : value) + "]");
            }
        }

        return (null, string.Empty);
    }

    public void Dispose()
    {
        _text?.Dispose();
        _value.Dispose();
    }
}
