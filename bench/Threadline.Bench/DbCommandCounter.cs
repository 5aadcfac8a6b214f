using System.Collections.Concurrent;
using System.Diagnostics;

namespace Threadline.Bench;

/// <summary>
/// Counts the database commands the app sends while it is loaded, from Npgsql's <see cref="ActivitySource"/> (one
/// activity per command; SQLite sends none, so its count stays 0): round trips per request, and which statements were
/// sent most, to see what a page asks of the server.
/// </summary>
internal sealed class DbCommandCounter : IDisposable
{
    private readonly ActivityListener _listener;
    private readonly ConcurrentDictionary<string, int> _texts = new(StringComparer.Ordinal);
    private long _count;

    public DbCommandCounter()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name.StartsWith("Npgsql", StringComparison.Ordinal),
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = activity =>
            {
                Interlocked.Increment(ref _count);
                var text = activity.GetTagItem("db.query.text") as string ?? activity.GetTagItem("db.statement") as string ?? activity.DisplayName;
                _texts.AddOrUpdate(Shorten(text), 1, (_, n) => n + 1);
            },
        };
        ActivitySource.AddActivityListener(_listener);
    }

    /// <summary>Commands sent so far.</summary>
    public long Count => Interlocked.Read(ref _count);

    /// <summary>Forgets the statements counted so far (the count goes on).</summary>
    public void ResetTexts() => _texts.Clear();

    /// <summary>The most sent statements since the last reset, most first.</summary>
    public IEnumerable<(string Text, int Count)> Top(int n) =>
        _texts.OrderByDescending(kv => kv.Value).Take(n).Select(kv => (kv.Key, kv.Value));

    public void Dispose() => _listener.Dispose();

    private static string Shorten(string text)
    {
        var one = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return one.Length > 140 ? one[..140] + "…" : one;
    }
}
