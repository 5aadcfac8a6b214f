namespace Threadline.Storage.Sqlite;

/// <summary>Name ids a statement read filters on; null does not filter.</summary>
internal sealed record StatementFilter(long? Property, long? Producer, long? Source, IReadOnlyList<long>? Properties = null)
{
    public static StatementFilter None { get; } = new(null, null, null);

    // The property ids are the workspace's own integers (never text from outside), written into the SQL as numbers.
    public string Sql =>
        (Property is null ? string.Empty : " AND s.prop_id = $prop")
        + (Properties is null ? string.Empty : " AND s.prop_id IN (" + string.Join(", ", Properties.Select(p => p.ToString(System.Globalization.CultureInfo.InvariantCulture))) + ")")
        + (Producer is null ? string.Empty : " AND s.producer_id = $producer")
        + (Source is null ? string.Empty : " AND s.source_id = $source");

    public void Bind(Microsoft.Data.Sqlite.SqliteCommand command)
    {
        if (Property is { } p)
        {
            command.Parameters.AddWithValue("$prop", p);
        }

        if (Producer is { } q)
        {
            command.Parameters.AddWithValue("$producer", q);
        }

        if (Source is { } s)
        {
            command.Parameters.AddWithValue("$source", s);
        }
    }
}
