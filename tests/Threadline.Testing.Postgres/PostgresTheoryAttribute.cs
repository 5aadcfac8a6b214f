namespace Threadline.Testing.Postgres;

/// <summary>A theory that needs a PostgreSQL server: skipped, with the reason shown, where none can be had.</summary>
public sealed class PostgresTheoryAttribute : TheoryAttribute
{
    public PostgresTheoryAttribute()
    {
        if (PostgresServer.Unavailable is { } reason)
        {
            Skip = reason;
        }
    }
}
