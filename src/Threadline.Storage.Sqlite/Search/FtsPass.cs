using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Threadline.Storage.Sqlite;

/// <summary>
/// Ranking (and marking) a few known values for an FTS5 query. Asking FTS5 for one row by its rowid costs a read of
/// every row of each of the query's words (BM25 counts the values that hold a word, once per query), so the values are
/// picked out of one pass over the query's rows between the first and last of them, and only they are ranked.
/// </summary>
internal static class FtsPass
{
    /// <summary>
    /// A command whose rows are the listed values the query matches: <c>rowid</c>, then <paramref name="columns"/>
    /// (e.g. <c>rank</c>). The unary + keeps SQLite from probing FTS5 once per listed row.
    /// </summary>
    public static SqliteCommand Over(SqliteConnection connection, string match, IReadOnlyCollection<long> sids, string columns)
    {
        var command = connection.CreateCommand();
        command.CommandText = $"SELECT rowid, {columns} FROM fulltext WHERE fulltext MATCH $q AND rowid BETWEEN $lo AND $hi AND +rowid IN (SELECT value FROM json_each($sids));";
        command.Parameters.AddWithValue("$q", match);
        command.Parameters.AddWithValue("$lo", sids.Min());
        command.Parameters.AddWithValue("$hi", sids.Max());
        command.Parameters.AddWithValue("$sids", JsonSerializer.Serialize(sids));
        return command;
    }

    /// <summary>The full-text values of some entities (of some properties, or all): statement row id → entity and property.</summary>
    public static Dictionary<long, (long Eid, long Property)> ValuesOf(SqliteConnection connection, IEnumerable<long> eids, IReadOnlyCollection<long>? properties = null)
    {
        var values = new Dictionary<long, (long Eid, long Property)>();
        using var command = connection.CreateCommand();
        var filter = properties is null ? string.Empty : " AND s.prop_id IN (SELECT value FROM json_each($props))";
        command.CommandText = $"SELECT s.sid, s.eid, s.prop_id FROM statements AS s INDEXED BY statements_fulltext_by_entity WHERE s.eid IN (SELECT value FROM json_each($eids)) AND s.indexed = 1{filter};";
        command.Parameters.AddWithValue("$eids", JsonSerializer.Serialize(eids));
        if (properties is not null)
        {
            command.Parameters.AddWithValue("$props", JsonSerializer.Serialize(properties));
        }

        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            values[reader.GetInt64(0)] = (reader.GetInt64(1), reader.GetInt64(2));
        }

        return values;
    }
}
