using Microsoft.Data.Sqlite;

namespace Threadline.Storage.Sqlite;

/// <summary>
/// Counts: entities by schema (<see cref="IWorkspaceStore.Stats"/>), and the entities of one schema by the values or
/// months of one property (<see cref="IWorkspaceStore.Facet"/>), read through the <c>(prop_id, producer_id, eid)</c>
/// index so only that property's statements are touched.
/// </summary>
internal static class WorkspaceStatistics
{
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

        return new WorkspaceStats(Facets.Order(bySchema, FacetKind.Value, 0, int.MaxValue), statements);
    }

    public static IReadOnlyList<KeyValuePair<string, long>> Facet(SqliteConnection connection, long schemaId, long? propertyId, FacetKind kind, int limit)
    {
        long total;
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT count(*) FROM entities WHERE schema_id = $schema;";
            command.Parameters.AddWithValue("$schema", schemaId);
            total = (long)command.ExecuteScalar()!;
        }

        if (total == 0)
        {
            return [];
        }

        if (propertyId is not { } property)
        {
            return Facets.Order([], kind, total, limit);
        }

        // Months are keyed in SQL too, so a property with a value per day groups into few rows.
        var (key, where) = kind == FacetKind.Month
            ? ("substr(s.value, 1, 7)", " AND s.value GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]*'")
            : ("s.value", string.Empty);
        var counts = new List<KeyValuePair<string, long>>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = $"""
                SELECT {key} AS k, count(DISTINCT s.eid) FROM statements AS s INDEXED BY statements_by_property
                JOIN entities AS e ON e.eid = s.eid
                WHERE s.prop_id = $prop AND e.schema_id = $schema{where}
                GROUP BY k;
                """;
            command.Parameters.AddWithValue("$prop", property);
            command.Parameters.AddWithValue("$schema", schemaId);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                counts.Add(new(reader.GetString(0), reader.GetInt64(1)));
            }
        }

        long with;
        using (var command = connection.CreateCommand())
        {
            command.CommandText = $"""
                SELECT count(DISTINCT s.eid) FROM statements AS s INDEXED BY statements_by_property
                JOIN entities AS e ON e.eid = s.eid
                WHERE s.prop_id = $prop AND e.schema_id = $schema{where};
                """;
            command.Parameters.AddWithValue("$prop", property);
            command.Parameters.AddWithValue("$schema", schemaId);
            with = (long)command.ExecuteScalar()!;
        }

        return Facets.Order(counts, kind, total - with, limit);
    }

    /// <summary>
    /// Some entities' facets: their statements of the asked properties, read through each entity's own rows (a search's
    /// best few hundred ads, not a whole schema), counted in <paramref name="tally"/>.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<KeyValuePair<string, long>>> FacetsOf(SqliteConnection connection, long schemaId, IReadOnlyList<string> ids, IReadOnlyDictionary<long, string> properties, FacetTally tally, int limit)
    {
        var entities = 0L;
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT e.id, s.prop_id, s.value
            FROM json_each($ids) AS j
            JOIN entities AS e INDEXED BY entities_by_id ON e.id = j.value AND e.schema_id = $schema
            LEFT JOIN statements AS s INDEXED BY statements_by_entity ON s.eid = e.eid AND s.prop_id IN (SELECT value FROM json_each($props))
            ORDER BY e.eid;
            """;
        command.Parameters.AddWithValue("$ids", System.Text.Json.JsonSerializer.Serialize(ids));
        command.Parameters.AddWithValue("$schema", schemaId);
        command.Parameters.AddWithValue("$props", System.Text.Json.JsonSerializer.Serialize(properties.Keys));
        using var reader = command.ExecuteReader();
        string? last = null;
        while (reader.Read())
        {
            var id = reader.GetString(0);
            if (!string.Equals(id, last, StringComparison.Ordinal))
            {
                entities++;
                last = id;
            }

            if (!reader.IsDBNull(1) && properties.TryGetValue(reader.GetInt64(1), out var property))
            {
                tally.Add(id, property, reader.GetString(2));
            }
        }

        return tally.Result(entities, limit);
    }
}
