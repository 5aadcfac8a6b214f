namespace Threadline.Application.Queries;

/// <summary>
/// A value built from the workspace once and kept until the workspace changes (a new link or money run, new
/// statements): built again on the first read after its stamp moves. Thread-safe; one build at a time.
/// </summary>
internal sealed class Stamped<T>(Func<T> build)
    where T : class
{
    private readonly Lock _gate = new();
    private T? _value;
    private string? _stamp;

    public T Get(string stamp)
    {
        lock (_gate)
        {
            if (_value is null || !string.Equals(stamp, _stamp, StringComparison.Ordinal))
            {
                _value = build();
                _stamp = stamp;
            }

            return _value;
        }
    }
}
