using Microsoft.Data.Sqlite;

namespace Threadline.Storage.Sqlite;

/// <summary>
/// Counts for <c>threadline stats</c>: entities by schema, and ads by site (the Site's name when it
/// has one), by country and by month of <c>postedAt</c>. Ads lacking the property count under
/// <see cref="Unknown"/>, last, so each breakdown sums to at least the number of ads.
/// </summary>
internal static class WorkspaceStatistics
{
    public const string Unknown = "(unknown)";
    private const string Ad = "Advertisement";

    public static WorkspaceStats Compute(SqliteConnection connection, NameTable names, long statements)
    {
        var bySchema = new List<KeyValuePair<string, long>>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT schema_id, count(*) FROM entities GROUP BY schema_id;";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                bySchema.Add(new(names.Name(connection, reader.GetInt64(0)), reader.GetInt64(1)));
            }
        }

        if (!names.TryGetId(NameKind.Schema, Ad, out var adSchema))
        {
            return new WorkspaceStats(ByCount(bySchema), [], [], [], statements);
        }

        var ads = bySchema.Where(kv => kv.Key == Ad).Sum(kv => kv.Value);
        var bySite = Breakdown(connection, names, adSchema, "site", "s.value", null, ads);
        var siteNames = SiteNames(connection, names, bySite.Select(kv => kv.Key).Where(k => k != Unknown).ToList());
        var labelled = bySite
            .Select(kv => new KeyValuePair<string, long>(siteNames.TryGetValue(kv.Key, out var name) ? name : kv.Key, kv.Value))
            .ToList();
        var byCountry = Breakdown(connection, names, adSchema, "country", "s.value", null, ads);
        var byMonth = Breakdown(connection, names, adSchema, "postedAt", "substr(s.value, 1, 7)", "s.value GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]*'", ads);
        return new WorkspaceStats(
            ByCount(bySchema),
            ByCount(labelled),
            ByCount(byCountry),
            byMonth.OrderBy(kv => kv.Key == Unknown ? 1 : 0).ThenBy(kv => kv.Key, StringComparer.Ordinal).ToList(),
            statements);
    }

    private static List<KeyValuePair<string, long>> Breakdown(
        SqliteConnection connection, NameTable names, long adSchema, string property, string key, string? where, long ads)
    {
        var result = new List<KeyValuePair<string, long>>();
        if (!names.TryGetId(NameKind.Property, property, out var propId))
        {
            return ads > 0 ? [new(Unknown, ads)] : result;
        }

        using (var command = connection.CreateCommand())
        {
            command.CommandText = $"""
                SELECT {key} AS k, count(DISTINCT s.eid) FROM statements AS s INDEXED BY statements_by_property
                JOIN entities AS e ON e.eid = s.eid
                WHERE s.prop_id = $prop AND e.schema_id = $schema{(where is null ? string.Empty : " AND " + where)}
                GROUP BY k;
                """;
            command.Parameters.AddWithValue("$prop", propId);
            command.Parameters.AddWithValue("$schema", adSchema);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                result.Add(new(reader.GetString(0), reader.GetInt64(1)));
            }
        }

        using (var command = connection.CreateCommand())
        {
            command.CommandText = $"""
                SELECT count(DISTINCT s.eid) FROM statements AS s INDEXED BY statements_by_property
                JOIN entities AS e ON e.eid = s.eid
                WHERE s.prop_id = $prop AND e.schema_id = $schema{(where is null ? string.Empty : " AND " + where)};
                """;
            command.Parameters.AddWithValue("$prop", propId);
            command.Parameters.AddWithValue("$schema", adSchema);
            var with = (long)command.ExecuteScalar()!;
            if (ads - with > 0)
            {
                result.Add(new(Unknown, ads - with));
            }
        }

        return result;
    }

    /// <summary>Site entity id → its name (earliest seen, then smallest); clashing names get the id appended.</summary>
    private static Dictionary<string, string> SiteNames(SqliteConnection connection, NameTable names, List<string> siteIds)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (siteIds.Count == 0 || !names.TryGetId(NameKind.Property, "name", out var nameProp))
        {
            return result;
        }

        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT s.value FROM entities AS e JOIN statements AS s INDEXED BY statements_by_entity ON s.eid = e.eid
            WHERE e.id = $id AND s.prop_id = $name
            ORDER BY s.first_seen IS NULL, s.first_seen, s.value LIMIT 1;
            """;
        var id = command.Parameters.Add("$id", SqliteType.Text);
        command.Parameters.AddWithValue("$name", nameProp);
        foreach (var siteId in siteIds)
        {
            id.Value = siteId;
            if (command.ExecuteScalar() is string name && name.Length > 0)
            {
                result[siteId] = name;
            }
        }

        foreach (var clash in result.GroupBy(kv => kv.Value, StringComparer.Ordinal).Where(g => g.Count() > 1).SelectMany(g => g).ToList())
        {
            result[clash.Key] = $"{clash.Value} ({clash.Key})";
        }

        return result;
    }

    private static List<KeyValuePair<string, long>> ByCount(IEnumerable<KeyValuePair<string, long>> items) =>
        items.OrderBy(kv => kv.Key == Unknown ? 1 : 0).ThenByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).ToList();
}
