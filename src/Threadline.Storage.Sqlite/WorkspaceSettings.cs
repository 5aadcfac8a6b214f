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

    public static void SetSource(SqliteConnection connection, SourceState state) => SetSources(connection, [state]);

    /// <summary>Upserts the states in one transaction through one prepared command.</summary>
    public static void SetSources(SqliteConnection connection, IReadOnlyList<SourceState> states)
    {
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO ingest_sources(source_id, path, content_hash, kind, completed, accepted, rejected)
            VALUES ($id, $path, $hash, $kind, $completed, $accepted, $rejected)
            ON CONFLICT(source_id) DO UPDATE SET path = excluded.path, content_hash = excluded.content_hash, kind = excluded.kind,
                completed = excluded.completed, accepted = excluded.accepted, rejected = excluded.rejected;
            """;
        var id = command.Parameters.Add("$id", SqliteType.Text);
        var path = command.Parameters.Add("$path", SqliteType.Text);
        var hash = command.Parameters.Add("$hash", SqliteType.Text);
        var kind = command.Parameters.Add("$kind", SqliteType.Text);
        var completed = command.Parameters.Add("$completed", SqliteType.Integer);
        var accepted = command.Parameters.Add("$accepted", SqliteType.Integer);
        var rejected = command.Parameters.Add("$rejected", SqliteType.Integer);
        foreach (var state in states)
        {
            ArgumentNullException.ThrowIfNull(state);
            id.Value = state.SourceId;
            path.Value = state.Path;
            hash.Value = state.ContentHash;
            kind.Value = state.Kind;
            completed.Value = state.Completed ? 1 : 0;
            accepted.Value = state.Accepted;
            rejected.Value = state.Rejected;
            command.ExecuteNonQuery();
        }

        transaction.Commit();
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
