using Microsoft.Data.Sqlite;

namespace Threadline.Storage.Sqlite;

/// <summary>Workspace settings (<c>meta</c>) and ingest state of source files (<c>ingest_sources</c>).</summary>
internal static class WorkspaceSettings
{
    public static string? GetMeta(SqliteConnection connection, string key)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT value FROM meta WHERE key = $k;";
        command.Parameters.AddWithValue("$k", key);
        return command.ExecuteScalar() as string;
    }

    public static void SetMeta(SqliteConnection connection, string key, string value)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO meta(key, value) VALUES ($k, $v) ON CONFLICT(key) DO UPDATE SET value = excluded.value;";
        command.Parameters.AddWithValue("$k", key);
        command.Parameters.AddWithValue("$v", value);
        command.ExecuteNonQuery();
    }

    public static SourceState? GetSource(SqliteConnection connection, string sourceId)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT source_id, path, content_hash, kind, completed, accepted, rejected FROM ingest_sources WHERE source_id = $id;";
        command.Parameters.AddWithValue("$id", sourceId);
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? new SourceState(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetInt64(4) != 0, reader.GetInt64(5), reader.GetInt64(6))
            : null;
    }

    public static void SetSource(SqliteConnection connection, SourceState state)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO ingest_sources(source_id, path, content_hash, kind, completed, accepted, rejected)
            VALUES ($id, $path, $hash, $kind, $completed, $accepted, $rejected)
            ON CONFLICT(source_id) DO UPDATE SET path = excluded.path, content_hash = excluded.content_hash, kind = excluded.kind,
                completed = excluded.completed, accepted = excluded.accepted, rejected = excluded.rejected;
            """;
        command.Parameters.AddWithValue("$id", state.SourceId);
        command.Parameters.AddWithValue("$path", state.Path);
        command.Parameters.AddWithValue("$hash", state.ContentHash);
        command.Parameters.AddWithValue("$kind", state.Kind);
        command.Parameters.AddWithValue("$completed", state.Completed ? 1 : 0);
        command.Parameters.AddWithValue("$accepted", state.Accepted);
        command.Parameters.AddWithValue("$rejected", state.Rejected);
        command.ExecuteNonQuery();
    }

    public static IReadOnlyList<string> MetaKeys(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT key FROM meta ORDER BY key;";
        using var reader = command.ExecuteReader();
        var keys = new List<string>();
        while (reader.Read())
        {
            keys.Add(reader.GetString(0));
        }

        return keys;
    }

    public static IReadOnlyList<SourceState> Sources(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT source_id, path, content_hash, kind, completed, accepted, rejected FROM ingest_sources ORDER BY source_id;";
        using var reader = command.ExecuteReader();
        var sources = new List<SourceState>();
        while (reader.Read())
        {
            sources.Add(new SourceState(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetInt64(4) != 0, reader.GetInt64(5), reader.GetInt64(6)));
        }

        return sources;
    }
}
