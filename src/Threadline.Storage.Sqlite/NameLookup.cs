using Microsoft.Data.Sqlite;

namespace Threadline.Storage.Sqlite;

/// <summary>A lock-free, per-read view of the <see cref="NameTable"/> for one streaming read's connection.</summary>
internal sealed class NameLookup(NameTable names, SqliteConnection connection, SqliteTransaction? transaction = null)
{
    private readonly Dictionary<long, string> _local = [];

    public string Get(long id)
    {
        if (!_local.TryGetValue(id, out var name))
        {
            name = names.Name(connection, id, transaction);
            _local[id] = name;
        }

        return name;
    }
}
