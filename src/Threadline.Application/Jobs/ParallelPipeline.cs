using System.Threading.Channels;
using Threadline.Core.Statements;
using Threadline.Core.Threading;
using Threadline.Storage;

namespace Threadline.Application.Jobs;

/// <summary>
/// Read → transform in parallel → write in batches, with bounded queues so memory stays flat however
/// many items flow. The store is only touched by the reading thread and the single writer; the workers
/// (pure functions of their input) also prepare their statements (checks and ids, no storage) so that
/// the writer, the one part that cannot run in parallel, only stores.
/// </summary>
public static class ParallelPipeline
{
    /// <summary>Runs <paramref name="transform"/> over <paramref name="items"/> on all cores and writes the statements it yields.</summary>
    /// <returns>The write summary and the number of items processed.</returns>
    public static (WriteSummary Written, long Items) Run<T>(
        IEnumerable<T> items,
        Func<T, IReadOnlyList<Statement>> transform,
        IWorkspaceStore store,
        int batchSize,
        Action<long>? progress,
        CancellationToken cancellationToken)
    {
        var workers = Math.Max(1, Environment.ProcessorCount);
        var input = Channel.CreateBounded<T>(new BoundedChannelOptions(4096) { SingleWriter = true });
        var output = Channel.CreateBounded<PreparedStatements>(new BoundedChannelOptions(4096) { SingleReader = true });
        long processed = 0;

        var producer = Task.Run(
            async () =>
            {
                try
                {
                    foreach (var item in items)
                    {
                        await input.Writer.WriteAsync(item, cancellationToken).ConfigureAwait(false);
                    }
                }
                finally
                {
                    input.Writer.Complete();
                }
            },
            cancellationToken);

        // Workers run on threads of their own at a lower priority, so the writer always gets its core and the
        // workers use what it leaves (with two cores and normal priorities, a second worker slowed the writer).
        var consumers = Enumerable.Range(0, workers).Select(_ => Task.Factory.StartNew(
            () =>
            {
                WorkerPriority.LowerCurrentThread();
                var reader = input.Reader;
                while (Blocking.Wait(reader.WaitToReadAsync(cancellationToken)))
                {
                    while (reader.TryRead(out var item))
                    {
                        var statements = store.Prepare(transform(item));
                        if (!output.Writer.TryWrite(statements))
                        {
                            Blocking.Wait(output.Writer.WriteAsync(statements, cancellationToken));
                        }
                    }
                }
            },
            cancellationToken,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default)).ToArray();

        var closer = Task.WhenAll(consumers).ContinueWith(t => output.Writer.Complete(t.Exception), TaskScheduler.Default);

        var summary = default(WriteSummary);
        var batch = new List<PreparedStatements>();
        var pending = 0;
        var reader = output.Reader;
        while (Blocking.Wait(reader.WaitToReadAsync(cancellationToken)))
        {
            while (reader.TryRead(out var statements))
            {
                batch.Add(statements);
                pending += statements.Count;
                processed++;
                if (pending >= batchSize)
                {
                    summary += store.WritePrepared(batch);
                    batch.Clear();
                    pending = 0;
                    progress?.Invoke(processed);
                }
            }
        }

        if (pending > 0)
        {
            summary += store.WritePrepared(batch);
        }

        progress?.Invoke(processed);
        Blocking.Wait(producer);
        Blocking.Wait(closer);
        return (summary, processed);
    }
}
