using Microsoft.Data.Sqlite;
using Threadline.Core.Statements;

namespace Threadline.Storage.Sqlite;

/// <summary>Turns statement rows back into <see cref="Statement"/> records.</summary>
internal static class StatementRows
{
    /// <summary>
    /// The columns every statement query selects, in this order, with the entity as <c>e</c> and the
    /// statement as <c>s</c>.
    /// </summary>
    public const string Columns =
        "e.id, e.schema_id, s.prop_id, s.source_id, s.producer_id, s.version_id, s.first_seen, s.last_seen, s.locator, s.detail, s.value";

    /// <summary>How many columns <see cref="Columns"/> names: a query may select more after them.</summary>
    public const int ColumnCount = 11;

    public static Statement Read(SqliteDataReader reader, NameLookup names) => Read(reader, names, reader.GetString(0));

    /// <summary>
    /// A statement row whose entity id the caller already holds (read once per entity, not once per statement: a
    /// million ads' reads otherwise allocate the same id string for each of their twenty statements).
    /// </summary>
    public static Statement Read(SqliteDataReader reader, NameLookup names, string entityId) =>
        new(
            entityId,
            names.Get(reader.GetInt64(1)),
            names.Get(reader.GetInt64(2)),
            reader.GetString(10),
            names.Get(reader.GetInt64(3)),
            reader.IsDBNull(8) ? null : reader.GetString(8),
            names.Get(reader.GetInt64(4)),
            reader.IsDBNull(5) ? null : names.Get(reader.GetInt64(5)),
            reader.IsDBNull(6) ? null : Time(reader.GetInt64(6)),
            reader.IsDBNull(7) ? null : Time(reader.GetInt64(7)),
            reader.IsDBNull(9) ? null : reader.GetString(9));

    /// <summary>Seen times are stored as UTC ticks and come back in UTC.</summary>
    public static DateTimeOffset Time(long utcTicks) => new(utcTicks, TimeSpan.Zero);
}
