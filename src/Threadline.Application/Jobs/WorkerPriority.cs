using System.Runtime.InteropServices;

namespace Threadline.Application.Jobs;

/// <summary>
/// Lowers the scheduling priority of the calling thread, so that background workers fill the cores the one thread
/// that cannot be parallel (the SQLite writer) leaves idle, without taking the core it needs. On Linux .NET ignores
/// <see cref="Thread.Priority"/>, so the thread's nice value is raised with setpriority(2), which needs no privilege;
/// elsewhere the managed priority is used. Best effort: where neither works, nothing changes.
/// </summary>
public static class WorkerPriority
{
    /// <summary>Nice value of workers on Linux (0 is normal, 19 the lowest).</summary>
    private const int Nice = 10;

    public static void LowerCurrentThread()
    {
        if (OperatingSystem.IsLinux())
        {
            try
            {
                _ = NativeMethods.setpriority(NativeMethods.PrioProcess, NativeMethods.gettid(), Nice);
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                // An unusual C library: run at normal priority.
            }

            return;
        }

        Thread.CurrentThread.Priority = ThreadPriority.BelowNormal;
    }

    private static class NativeMethods
    {
        public const int PrioProcess = 0;

#pragma warning disable SYSLIB1054 // LibraryImport would need unsafe code for two int-only calls
        [DllImport("libc", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int setpriority(int which, int who, int prio);

        [DllImport("libc")]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int gettid();
#pragma warning restore SYSLIB1054
    }
}
