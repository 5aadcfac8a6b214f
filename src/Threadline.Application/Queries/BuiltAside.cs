namespace Threadline.Application.Queries;

/// <summary>
/// A value that takes seconds to build from a large workspace and that readers can do without meanwhile (they answer
/// the slower way): the first read starts one build on the thread pool and gets null; reads after the build get the
/// value until the workspace changes, when the next read starts a new build (and gets the old value no more). A build
/// that fails is not tried again until the workspace changes. Thread-safe; one build at a time.
/// </summary>
internal sealed class BuiltAside<T>(Func<T> build, Func<Stamp> now)
    where T : class
{
    private readonly Lock _gate = new();
    private T? _value;
    private Stamp _stamp;
    private Task? _building;
    private Stamp? _failed;

    /// <summary>The value when one built at (or after) <paramref name="stamp"/> is kept; otherwise null, and a build starts if none runs.</summary>
    public T? Get(Stamp stamp)
    {
        lock (_gate)
        {
            if (_value is not null && !stamp.Outdates(_stamp))
            {
                return _value;
            }

            if (_building is null && !(_failed is { } failed && !stamp.Outdates(failed)))
            {
                _building = Task.Run(Build);
            }

            return null;
        }
    }

    /// <summary>The running build, or a finished task when none runs (for tests and benchmarks that wait for it).</summary>
    public Task Building
    {
        get
        {
            lock (_gate)
            {
                return _building ?? Task.CompletedTask;
            }
        }
    }

    private void Build()
    {
        // The stamp is read before the workspace is: the value holds every change that stamp counts.
        var stamp = now();
        T? value = null;
        try
        {
            value = build();
        }
        catch (Exception e) when (e is InvalidOperationException or ObjectDisposedException or IOException or System.Data.Common.DbException or ArgumentException)
        {
            // A closed or unreadable workspace, or one too large to hold: readers keep answering the slower way.
        }

        lock (_gate)
        {
            if (value is null)
            {
                _failed = stamp;
            }
            else
            {
                _value = value;
                _stamp = stamp;
                _failed = null;
            }

            _building = null;
        }
    }
}
