using Npgsql;
using Threadline.Core.Statements;

namespace Threadline.Storage.Postgres;

/// <summary>Statement rows back into <see cref="Statement"/> records.</summary>
internal static class StatementRows
{
    /// <summary>The columns every statement query selects, in this order, with the entity as <c>e</c> and the statement as <c>s</c>.</summary>
    public const string Columns =
        "e.id, e.schema_id, s.prop_id, s.source_id, s.producer_id, s.version_id, s.first_seen, s.last_seen, s.locator, s.detail, s.value";

    public static Statement Read(NpgsqlDataReader reader, NameTable names, NpgsqlConnection connection) =>
        new(
            reader.GetString(0),
            names.Name(connection, reader.GetInt32(1)),
            names.Name(connection, reader.GetInt32(2)),
            reader.GetString(10),
            names.Name(connection, reader.GetInt32(3)),
            reader.IsDBNull(8) ? null : reader.GetString(8),
            names.Name(connection, reader.GetInt32(4)),
            reader.IsDBNull(5) ? null : names.Name(connection, reader.GetInt32(5)),
            reader.IsDBNull(6) ? null : Time(reader.GetInt64(6)),
            reader.IsDBNull(7) ? null : Time(reader.GetInt64(7)),
            reader.IsDBNull(9) ? null : reader.GetString(9));

    /// <summary>All rows of a command, read whole (so no result set is open while a consumer works on them).</summary>
    public static List<Statement> ReadAll(NpgsqlCommand command, NameTable names, NpgsqlConnection connection)
    {
        var rows = new List<(string Id, int Schema, int Prop, int Source, int Producer, int? Version, long? First, long? Last, string? Locator, string? Detail, string Value)>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                rows.Add((
                    reader.GetString(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4),
                    reader.IsDBNull(5) ? null : reader.GetInt32(5),
                    reader.IsDBNull(6) ? null : reader.GetInt64(6),
                    reader.IsDBNull(7) ? null : reader.GetInt64(7),
                    reader.IsDBNull(8) ? null : reader.GetString(8),
                    reader.IsDBNull(9) ? null : reader.GetString(9),
                    reader.GetString(10)));
            }
        }

        // Names are resolved after the reader closed: resolving one may query the names table on this connection.
        names.Resolve(connection, rows.SelectMany(r => r.Version is { } v ? new[] { r.Schema, r.Prop, r.Source, r.Producer, v } : [r.Schema, r.Prop, r.Source, r.Producer]));
        return rows.Select(r => new Statement(
            r.Id,
            names.Name(connection, r.Schema),
            names.Name(connection, r.Prop),
            r.Value,
            names.Name(connection, r.Source),
            r.Locator,
            names.Name(connection, r.Producer),
            r.Version is { } v ? names.Name(connection, v) : null,
            r.First is { } f ? Time(f) : null,
            r.Last is { } l ? Time(l) : null,
            r.Detail)).ToList();
    }

    /// <summary>Seen times are stored as UTC ticks and come back in UTC.</summary>
    public static DateTimeOffset Time(long utcTicks) => new(utcTicks, TimeSpan.Zero);
}
