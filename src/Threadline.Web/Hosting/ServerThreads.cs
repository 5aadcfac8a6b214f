namespace Threadline.Web;

/// <summary>
/// The thread pool's floor for a server whose requests block. The storage contract is synchronous, so a request that
/// waits for PostgreSQL (or for a SQLite connection's lock, or the audit trail's table lock) holds its thread. Without
/// a floor the pool starts with one thread per core and, when every one of them waits, adds a thread only every half
/// second or so: 20 clients arriving at a cold server waited seconds (p95 ≈ 8 s on `page leads`, the first page the
/// benchmark loads) and the spinning of starved workers cost 28–42 ms of CPU per request, against 5–8 ms warm
/// (docs/scaling.md). With the floor, the pool makes a thread at once for each waiting request up to it.
/// </summary>
public static class ServerThreads
{
    /// <summary>Worker threads the pool makes without delay: enough for this many requests waiting at once.</summary>
    public const int MinWorkers = 64;

    /// <summary>Raises the pool's floor to <see cref="MinWorkers"/> (never lowers it).</summary>
    public static void Reserve()
    {
        ThreadPool.GetMinThreads(out var workers, out var io);
        if (workers < MinWorkers)
        {
            ThreadPool.SetMinThreads(MinWorkers, io);
        }
    }
}
