namespace Threadline.Testing.Postgres;

/// <summary>A fact that needs a PostgreSQL server: skipped, with the reason shown, where none can be had.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (PostgresServer.Unavailable is { } reason)
        {
            Skip = reason;
        }
    }
}
