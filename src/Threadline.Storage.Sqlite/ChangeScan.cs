namespace Threadline.Storage.Sqlite;

/// <summary>
/// Ids of entities changed after a sequence, in change order, read in pages of 1,000 by keyset on
/// <c>seq</c> (unique per entity) and bounded by the sequence at the start so the scan always ends.
/// </summary>
internal static class ChangeScan
{
    private const int Page = 1000;

    public static IEnumerable<string> Ids(Connections connections, long schemaId, long after, long upTo)
    {
        using var connection = connections.OpenReader();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT id, seq FROM entities INDEXED BY entities_by_change WHERE schema_id = $s AND seq > $after AND seq <= $upto ORDER BY seq LIMIT {Page};";
        command.Parameters.AddWithValue("$s", schemaId);
        var cursor = command.Parameters.AddWithValue("$after", after);
        command.Parameters.AddWithValue("$upto", upTo);
        while (true)
        {
            var ids = new List<string>();
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    ids.Add(reader.GetString(0));
                    cursor.Value = reader.GetInt64(1);
                }
            }

            foreach (var id in ids)
            {
                yield return id;
            }

            if (ids.Count < Page)
            {
                yield break;
            }
        }
    }
}
