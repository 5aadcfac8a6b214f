using Threadline.Application.Jobs;
using Threadline.Storage;

namespace Threadline.Application.Export;

/// <summary>Writes the workspace's entities (of some types, or all) as JSON Lines to a stream.</summary>
public static class ExportJob
{
    /// <summary>The number of entities written.</summary>
    public static long Run(IWorkspaceStore store, Stream output, IReadOnlyList<string> types, bool statements, IProgress<JobProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(types);
        using var writer = new FtmWriter(output, statements);
        foreach (var type in types.Count == 0 ? [null] : types.Cast<string?>())
        {
            foreach (var entity in store.Entities(type))
            {
                writer.Write(entity);
                if (writer.Written % 10_000 == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    progress?.Report(new JobProgress("exporting", writer.Written));
                }
            }
        }

        return writer.Written;
    }
}
