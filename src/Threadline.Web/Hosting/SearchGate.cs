using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Threadline.Web;

/// <summary>
/// Searches run a few at a time, the rest wait their turn in arrival order. A search is the app's costliest request
/// (tens of milliseconds of CPU at 1M ads, against a few for other pages), almost all of it CPU: twenty run at once on
/// two cores share them, so each takes ten times its own cost and the longest ones decide the 95th percentile. In turn,
/// each waits for those ahead of it and then runs at full speed: the mean is the same, the tail shorter, and only the
/// searches running hold their memory (docs/web.md, "Search: a cheaper window order, and searches in turn").
/// Waiting holds no thread. More than <see cref="QueueLimit"/> waiting are refused with 503 and Retry-After; other
/// pages are not held back.
/// </summary>
public static class SearchGate
{
    /// <summary>The rate-limiting policy the search page and API carry.</summary>
    public const string Policy = "search";

    /// <summary>Searches waiting at most; one more is refused.</summary>
    public const int QueueLimit = 256;

    /// <summary>Configuration key of how many searches run at once (default: one per core, at least two).</summary>
    public const string ConcurrencyKey = "search-concurrency";

    /// <summary>Searches that run at once: <c>--search-concurrency N</c> (1 to 64), else one per core and at least two.</summary>
    public static int Permits(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return int.TryParse(configuration[ConcurrencyKey], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 64
            ? n
            : Math.Max(2, Environment.ProcessorCount);
    }

    /// <summary>Adds the policy: <see cref="Permits"/> at once, the oldest waiting next, 503 past the queue.</summary>
    public static void AddSearchGate(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var permits = Permits(builder.Configuration);
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status503ServiceUnavailable;
            o.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "2";
                return ValueTask.CompletedTask;
            };
            o.AddConcurrencyLimiter(Policy, l =>
            {
                l.PermitLimit = permits;
                l.QueueLimit = QueueLimit;
                l.QueueProcessingOrder = QueueProcessingOrder.OldestFirst;
            });
        });
    }
}
