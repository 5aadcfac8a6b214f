namespace Threadline.Application.Queries;

/// <summary>
/// Recent answers that are costly to build (a network's link chart, its movement map), kept until the workspace
/// changes: at most <c>capacity</c> of them, the least recently used dropped first, so that keys a request chooses
/// cannot grow it. Concurrent requests for one key build it once. Thread-safe.
/// </summary>
internal sealed class Memo(int capacity)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, LinkedListNode<(string Key, Lazy<object?> Value)>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Key, Lazy<object?> Value)> _recent = new();
    private Stamp? _stamp;

    /// <summary>The answer for <paramref name="key"/> at <paramref name="stamp"/> (or later), built by <paramref name="build"/> when not kept.</summary>
    public T? Get<T>(Stamp stamp, string key, Func<T?> build)
        where T : class
    {
        Lazy<object?> value;
        lock (_gate)
        {
            if (_stamp is not { } kept || stamp.Outdates(kept))
            {
                _entries.Clear();
                _recent.Clear();
                _stamp = stamp;
            }

            if (_entries.TryGetValue(key, out var node))
            {
                _recent.Remove(node);
                _recent.AddFirst(node);
                value = node.Value.Value;
            }
            else
            {
                value = new Lazy<object?>(() => build(), LazyThreadSafetyMode.ExecutionAndPublication);
                _entries[key] = _recent.AddFirst((key, value));
                while (_entries.Count > capacity && _recent.Last is { } oldest)
                {
                    _recent.RemoveLast();
                    _entries.Remove(oldest.Value.Key);
                }
            }
        }

        try
        {
            return (T?)value.Value;
        }
        catch
        {
            // A failed build is not kept: the next request tries again.
            lock (_gate)
            {
                if (_entries.TryGetValue(key, out var node) && ReferenceEquals(node.Value.Value, value))
                {
                    _recent.Remove(node);
                    _entries.Remove(key);
                }
            }

            throw;
        }
    }
}
