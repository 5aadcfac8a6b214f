using Spectre.Console;

namespace Threadline.Cli.Infrastructure;

/// <summary>
/// Shows a progress bar with rate and ETA when the console is interactive; otherwise runs the work
/// quietly (logs and CI stay clean).
/// </summary>
internal static class ProgressRunner
{
    public static T Run<T>(CommandContext context, string description, Func<IProgressSink, T> work)
    {
        if (context.Json || !context.Console.Profile.Capabilities.Interactive)
        {
            return work(NullSink.Instance);
        }

        T result = default!;
        context.Console.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(
                new TaskDescriptionColumn(),
                new ProgressBarColumn(),
                new PercentageColumn(),
                new TransferSpeedColumn(),
                new RemainingTimeColumn(),
                new SpinnerColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask(Terminal.Escape(description), maxValue: 1);
                result = work(new TaskSink(task));
                task.Value = task.MaxValue;
            });
        return result;
    }

    /// <summary>Runs an application job with its <see cref="JobProgress"/> shown as the bar (stage, count, detail).</summary>
    /// <remarks>With <c>--verbose</c>, each new stage is also written to stderr with the seconds since the job began, so a
    /// benchmark or a slow run shows where the time goes (bench/pipeline.sh keeps these lines).</remarks>
    public static T RunJob<T>(CommandContext context, string description, Func<IProgress<JobProgress>, T> job)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        string? lastStage = null;
        void Log(string stage) => context.Environment.Error.WriteLine(string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"[{clock.Elapsed.TotalSeconds,8:F1} s] {Terminal.Clean(description)}: {Terminal.Clean(stage)}"));

        var result = Run(context, description, sink => job(new SyncProgress<JobProgress>(p =>
        {
            if (context.Verbose && !string.Equals(p.Stage, lastStage, StringComparison.Ordinal))
            {
                lastStage = p.Stage;
                Log(p.Stage);
            }

            var text = p.Total > 0
                ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{description}: {p.Stage} {p.Done:N0}/{p.Total:N0}")
                : $"{description}: {p.Stage}";
            sink.Report(p.Total > 0 ? p.Done : 0, Math.Max(1, p.Total), p.Detail is null ? text : text + " " + p.Detail);
        })));
        if (context.Verbose)
        {
            Log("done");
        }

        return result;
    }

    /// <summary>What work reports: a total and a current value (bytes or records), and a description.</summary>
    public interface IProgressSink
    {
        void Report(double value, double total, string? description = null);
    }

    private sealed class NullSink : IProgressSink
    {
        public static readonly NullSink Instance = new();

        public void Report(double value, double total, string? description = null)
        {
        }
    }

    private sealed class TaskSink(ProgressTask task) : IProgressSink
    {
        public void Report(double value, double total, string? description = null)
        {
            task.MaxValue = Math.Max(1, total);
            task.Value = Math.Min(value, task.MaxValue);
            if (description is not null)
            {
                task.Description = Terminal.Escape(description);
            }
        }
    }
}
