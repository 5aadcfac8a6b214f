using System.Collections.Concurrent;
using Npgsql;
using NpgsqlTypes;

namespace Threadline.Storage.Postgres;

/// <summary>
/// The <c>names</c> table cached in memory both ways. Names are only ever added, so a cached entry never goes stale;
/// a name another process added is found by reloading. New names are added in a short transaction of their own before a
/// batch writes (so concurrent writers wait on each other only for a new name, never for a batch). Thread-safe.
/// </summary>
internal sealed class NameTable
{
    private readonly Tables _tables;
    private readonly ConcurrentDictionary<(NameKind Kind, string Name), int> _ids = new();
    private readonly ConcurrentDictionary<int, string> _names = new();

    public NameTable(Tables tables)
    {
        _tables = tables;
    }

    public bool TryGetId(NameKind kind, string name, out int id) => _ids.TryGetValue((kind, name), out id);

    /// <summary>
    /// A name's id, looked up in the table when not cached (another process may have added it); null when never stored.
    /// A miss reads that one name, not the whole table: a workspace holds a name per source file (hundreds of thousands
    /// at a million ads), and a read that asks for a property or schema the workspace never stored (no images yet)
    /// would otherwise reload them all on every call.
    /// </summary>
    public int? Find(NpgsqlDataSource data, NameKind kind, string name)
    {
        if (_ids.TryGetValue((kind, name), out var id))
        {
            return id;
        }

        using var connection = data.OpenConnection();
        using var command = new NpgsqlCommand($"SELECT id FROM {_tables.Names} WHERE kind = @kind AND name = @name;", connection);
        command.Parameters.AddWithValue("kind", (short)kind);
        command.Parameters.AddWithValue("name", name);
        if (command.ExecuteScalar() is not { } found)
        {
            return null;
        }

        id = Convert.ToInt32(found, System.Globalization.CultureInfo.InvariantCulture);
        Add(id, kind, name);
        return id;
    }

    /// <summary>The name of an id (reading that one name when another process added it).</summary>
    public string Name(NpgsqlConnection connection, int id)
    {
        if (_names.TryGetValue(id, out var name))
        {
            return name;
        }

        using var command = new NpgsqlCommand($"SELECT kind, name FROM {_tables.Names} WHERE id = @id;", connection);
        command.Parameters.AddWithValue("id", id);
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            throw new InvalidOperationException($"name {id} is missing from the workspace");
        }

        name = reader.GetString(1);
        Add(id, (NameKind)reader.GetInt16(0), name);
        return name;
    }

    /// <summary>Reads the names of these ids that are not cached yet, in one query (names another process added).</summary>
    public void Resolve(NpgsqlConnection connection, IEnumerable<int> ids)
    {
        var missing = ids.Where(id => !_names.ContainsKey(id)).Distinct().ToArray();
        if (missing.Length == 0)
        {
            return;
        }

        using var command = new NpgsqlCommand($"SELECT id, kind, name FROM {_tables.Names} WHERE id = ANY(@ids);", connection);
        command.Parameters.AddWithValue("ids", missing);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            Add(reader.GetInt32(0), (NameKind)reader.GetInt16(1), reader.GetString(2));
        }
    }

    /// <summary>Whether every id is known without a reload.</summary>
    public bool Knows(int id) => _names.ContainsKey(id);

    public void Load(NpgsqlConnection connection)
    {
        using var command = new NpgsqlCommand($"SELECT id, kind, name FROM {_tables.Names};", connection);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            Add(reader.GetInt32(0), (NameKind)reader.GetInt16(1), reader.GetString(2));
        }
    }

    /// <summary>
    /// Makes sure every name has an id, adding the missing ones in their own transaction (in a fixed order, so two
    /// writers adding the same names cannot deadlock). Called outside the batch's transaction.
    /// </summary>
    public void Ensure(NpgsqlConnection connection, IEnumerable<(NameKind Kind, string Name)> names)
    {
        var missing = names.Where(n => !_ids.ContainsKey(n)).Distinct().OrderBy(n => n.Kind).ThenBy(n => n.Name, StringComparer.Ordinal).ToArray();
        if (missing.Length == 0)
        {
            return;
        }

        var kinds = missing.Select(n => (short)n.Kind).ToArray();
        var texts = missing.Select(n => n.Name).ToArray();
        using (var insert = new NpgsqlCommand(
            $"INSERT INTO {_tables.Names}(kind, name) SELECT k, n FROM unnest(@k, @n) AS u(k, n) ON CONFLICT (kind, name) DO NOTHING;",
            connection))
        {
            insert.Parameters.Add(new NpgsqlParameter<short[]>("k", NpgsqlDbType.Array | NpgsqlDbType.Smallint) { TypedValue = kinds });
            insert.Parameters.Add(new NpgsqlParameter<string[]>("n", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = texts });
            insert.ExecuteNonQuery();
        }

        using var select = new NpgsqlCommand(
            $"SELECT t.id, t.kind, t.name FROM {_tables.Names} AS t JOIN unnest(@k, @n) AS u(k, n) ON t.kind = u.k AND t.name = u.n;",
            connection);
        select.Parameters.Add(new NpgsqlParameter<short[]>("k", NpgsqlDbType.Array | NpgsqlDbType.Smallint) { TypedValue = kinds });
        select.Parameters.Add(new NpgsqlParameter<string[]>("n", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = texts });
        using var reader = select.ExecuteReader();
        while (reader.Read())
        {
            Add(reader.GetInt32(0), (NameKind)reader.GetInt16(1), reader.GetString(2));
        }
    }

    /// <summary>The id of a name <see cref="Ensure"/> made sure of.</summary>
    public int Id(NameKind kind, string name) =>
        _ids.TryGetValue((kind, name), out var id) ? id : throw new InvalidOperationException($"name '{name}' was not added before the write");

    private void Add(int id, NameKind kind, string name)
    {
        _ids[(kind, name)] = id;
        _names[id] = name;
    }
}
