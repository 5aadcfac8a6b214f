using Microsoft.Data.Sqlite;

namespace Threadline.Storage.Sqlite;

/// <summary>
/// In-memory copy of the <c>names</c> table (schemata, properties, sources, producers, versions), so
/// statements store small integers and reads hand out shared strings. Thread-safe.
/// </summary>
internal sealed class NameTable
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(NameKind Kind, string Name), long> _ids = [];
    private readonly Dictionary<long, string> _names = [];

    /// <summary>Loads (or reloads, after a rolled-back write) every name.</summary>
    public void Load(SqliteConnection connection, SqliteTransaction? transaction = null)
    {
        lock (_gate)
        {
            _ids.Clear();
            _names.Clear();
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "SELECT id, kind, name FROM names;";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var id = reader.GetInt64(0);
                var name = reader.GetString(2);
                _ids[((NameKind)reader.GetInt32(1), name)] = id;
                _names[id] = name;
            }
        }
    }

    /// <summary>
    /// Looks one name up in the table (another process may have added it since the last load) and caches it: a miss
    /// costs one indexed read, not a reload of every name (a workspace holds one per source file).
    /// </summary>
    public bool TryFind(SqliteConnection connection, NameKind kind, string name, out long id)
    {
        if (TryGetId(kind, name, out id))
        {
            return true;
        }

        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id FROM names WHERE kind = $kind AND name = $name;";
        command.Parameters.AddWithValue("$kind", (int)kind);
        command.Parameters.AddWithValue("$name", name);
        if (command.ExecuteScalar() is not long found)
        {
            return false;
        }

        lock (_gate)
        {
            _ids[(kind, name)] = found;
            _names[found] = name;
        }

        id = found;
        return true;
    }

    public bool TryGetId(NameKind kind, string name, out long id)
    {
        lock (_gate)
        {
            return _ids.TryGetValue((kind, name), out id);
        }
    }

    /// <summary>Id of a name, adding it inside the caller's write transaction when new.</summary>
    public long GetOrAdd(SqliteConnection connection, SqliteTransaction transaction, NameKind kind, string name)
    {
        lock (_gate)
        {
            if (_ids.TryGetValue((kind, name), out var id))
            {
                return id;
            }

            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "INSERT INTO names(kind, name) VALUES ($k, $n) ON CONFLICT(kind, name) DO UPDATE SET name = excluded.name RETURNING id;";
            command.Parameters.AddWithValue("$k", (int)kind);
            command.Parameters.AddWithValue("$n", name);
            id = (long)command.ExecuteScalar()!;
            _ids[(kind, name)] = id;
            _names[id] = name;
            return id;
        }
    }

    /// <summary>The name of an id; reads that one name through <paramref name="connection"/> when another writer added it.</summary>
    public string Name(SqliteConnection connection, long id, SqliteTransaction? transaction = null)
    {
        lock (_gate)
        {
            if (_names.TryGetValue(id, out var name))
            {
                return name;
            }
        }

        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT kind, name FROM names WHERE id = $id;";
        command.Parameters.AddWithValue("$id", id);
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            throw new InvalidOperationException($"workspace is inconsistent: name id {id} is missing");
        }

        var found = reader.GetString(1);
        lock (_gate)
        {
            _ids[((NameKind)reader.GetInt32(0), found)] = id;
            _names[id] = found;
        }

        return found;
    }
}
