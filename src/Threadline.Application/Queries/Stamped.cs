namespace Threadline.Application.Queries;

/// <summary>
/// A value built from the workspace once and kept until the workspace changes (a new link or money run, new
/// statements): built again on the first read whose <see cref="Stamp"/> outdates it. Thread-safe; one build at a time.
/// </summary>
internal sealed class Stamped<T>(Func<T> build)
    where T : class
{
    private readonly Lock _gate = new();
    private T? _value;
    private Stamp _stamp;

    public T Get(Stamp stamp)
    {
        lock (_gate)
        {
            if (_value is null || stamp.Outdates(_stamp))
            {
                _value = build();
                _stamp = stamp;
            }

            return _value;
        }
    }
}
