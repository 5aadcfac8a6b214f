using System.Threading.Channels;
using Threadline.Core.Statements;
using Threadline.Storage;

namespace Threadline.Cli.Infrastructure;

/// <summary>
/// Read → transform in parallel → write in batches, with bounded queues so memory stays flat however
/// many items flow. The store is only touched by the reading thread and the single writer, never by
/// the workers (pure functions of their input).
/// </summary>
internal static class ParallelPipeline
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
        var output = Channel.CreateBounded<IReadOnlyList<Statement>>(new BoundedChannelOptions(4096) { SingleReader = true });
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

        var consumers = Enumerable.Range(0, workers).Select(_ => Task.Run(
            async () =>
            {
                await foreach (var item in input.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
                {
                    var statements = transform(item);
                    await output.Writer.WriteAsync(statements, cancellationToken).ConfigureAwait(false);
                }
            },
            cancellationToken)).ToArray();

        var closer = Task.WhenAll(consumers).ContinueWith(t => output.Writer.Complete(t.Exception), TaskScheduler.Default);

        var summary = default(WriteSummary);
        var batch = new List<Statement>(batchSize);
        var reader = output.Reader;
        while (reader.WaitToReadAsync(cancellationToken).AsTask().GetAwaiter().GetResult())
        {
            while (reader.TryRead(out var statements))
            {
                batch.AddRange(statements);
                processed++;
                if (batch.Count >= batchSize)
                {
                    summary += store.Write(batch);
                    batch.Clear();
                    progress?.Invoke(processed);
                }
            }
        }

        if (batch.Count > 0)
        {
            summary += store.Write(batch);
        }

        progress?.Invoke(processed);
        producer.GetAwaiter().GetResult();
        closer.GetAwaiter().GetResult();
        return (summary, processed);
    }
}
