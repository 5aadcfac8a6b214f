using Threadline.Storage.Compliance;
using Threadline.Testing.Postgres;

namespace Threadline.Storage.Postgres.Tests;

/// <summary>The compliance suite runs against PostgreSQL where a server can be had, and is skipped with the reason elsewhere.</summary>
public sealed class PostgresProbe : IEngineProbe
{
    public string? SkipReason => PostgresServer.Unavailable;
}
