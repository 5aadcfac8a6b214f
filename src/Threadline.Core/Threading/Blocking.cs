namespace Threadline.Core.Threading;

/// <summary>
/// Waits for a task from synchronous code without spinning first. <c>Task.Wait</c> and
/// <c>GetAwaiter().GetResult()</c> spin before they block; a pipeline's writer or worker that waits for
/// its queue thousands of times a second then burns a share of a core the other threads need (on a
/// 2-core machine, profiles showed the extract writer spinning for a third of its time). These wait on a
/// kernel event at once: a wake-up costs a few microseconds, a spin costs the whole time it lasts.
/// </summary>
public static class Blocking
{
    /// <summary>Waits for <paramref name="task"/> and returns its result, rethrowing its exception.</summary>
    public static T Wait<T>(ValueTask<T> task) =>
        task.IsCompleted ? task.GetAwaiter().GetResult() : Wait(task.AsTask());

    /// <summary>Waits for <paramref name="task"/>, rethrowing its exception.</summary>
    public static void Wait(ValueTask task)
    {
        if (task.IsCompleted)
        {
            task.GetAwaiter().GetResult();
            return;
        }

        Wait(task.AsTask());
    }

    /// <summary>Waits for <paramref name="task"/> and returns its result, rethrowing its exception.</summary>
    public static T Wait<T>(Task<T> task)
    {
        ArgumentNullException.ThrowIfNull(task);
        Park(task);
        return task.GetAwaiter().GetResult();
    }

    /// <summary>Waits for <paramref name="task"/>, rethrowing its exception.</summary>
    public static void Wait(Task task)
    {
        ArgumentNullException.ThrowIfNull(task);
        Park(task);
        task.GetAwaiter().GetResult();
    }

    private static void Park(Task task)
    {
        if (task.IsCompleted)
        {
            return;
        }

        using var done = new ManualResetEventSlim(false, spinCount: 0);
        task.ConfigureAwait(false).GetAwaiter().UnsafeOnCompleted(done.Set);
        done.Wait();
    }
}
