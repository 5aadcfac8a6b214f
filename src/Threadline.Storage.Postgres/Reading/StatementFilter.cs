using Npgsql;

namespace Threadline.Storage.Postgres;

/// <summary>Statement-level conditions of a read (property, producer, source ids), as SQL on <c>s</c> and its parameters.</summary>
internal sealed record StatementFilter(int? Property, int? Producer, int? Source, int[]? Properties = null)
{
    public static StatementFilter None { get; } = new(null, null, null);

    public bool IsEmpty => Property is null && Producer is null && Source is null && Properties is null;

    public string Sql =>
        (Property is null ? string.Empty : " AND s.prop_id = @f_prop")
        + (Properties is null ? string.Empty : " AND s.prop_id = ANY(@f_props)")
        + (Producer is null ? string.Empty : " AND s.producer_id = @f_producer")
        + (Source is null ? string.Empty : " AND s.source_id = @f_source");

    public void Bind(NpgsqlCommand command)
    {
        if (Property is { } p)
        {
            command.Parameters.AddWithValue("f_prop", p);
        }

        if (Properties is { } ps)
        {
            command.Parameters.AddWithValue("f_props", ps);
        }

        if (Producer is { } r)
        {
            command.Parameters.AddWithValue("f_producer", r);
        }

        if (Source is { } s)
        {
            command.Parameters.AddWithValue("f_source", s);
        }
    }
}
