using System.Diagnostics;
using System.Globalization;
using Threadline.Application.Extract;
using Threadline.Application.Jobs;
using Threadline.Core.Statements;
using Threadline.Storage;

namespace Threadline.Application.Workspace;

/// <summary>
/// Copies a whole workspace into an empty one, whatever the two engines (SQLite to PostgreSQL and back): every
/// statement with its provenance, every result of every kind, every setting and the ingest state of every source file.
/// Then reads both back and compares counts and content hashes (<see cref="WorkspaceDigest"/>); a difference fails the
/// job. The target gets its own change sequence, so settings that are sequence watermarks are translated, not copied.
/// </summary>
public static class CopyJob
{
    /// <summary>Statements written per batch.</summary>
    public const int BatchSize = 10_000;

    /// <summary>
    /// Settings that hold a position in the workspace's change sequence (extraction's watermark). In the target, a job
    /// that had caught up is caught up again (its watermark becomes the target's last sequence); one that had not starts
    /// over (0), which is safe because jobs are idempotent.
    /// </summary>
    public static IReadOnlyList<string> SequenceKeys { get; } = [ExtractJob.WatermarkKey];

    public static CopySummary Run(IWorkspaceStore source, IWorkspaceStore target, IProgress<JobProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        var watch = Stopwatch.StartNew();
        if (target.IsReadOnly)
        {
            throw new JobException("the target workspace is open read-only");
        }

        if (target.CountStatements() > 0 || target.ResultKinds().Count > 0 || target.MetaKeys().Count > 0 || target.Sources().Count > 0)
        {
            throw new JobException("the target workspace is not empty: copy into a new workspace (a new file, or a new ?workspace=NAME)");
        }

        var sourceSequence = source.LastSequence();
        var total = source.CountStatements();
        var sourceStatements = CopyStatements(source, target, total, progress, cancellationToken);
        var sourceResults = CopyResults(source, target, progress, cancellationToken);
        var sources = source.Sources();
        target.SetSources(sources);

        var keys = source.MetaKeys();
        var targetSequence = target.LastSequence();
        foreach (var key in keys)
        {
            var value = source.GetMeta(key);
            if (value is null)
            {
                continue;
            }

            if (SequenceKeys.Contains(key, StringComparer.Ordinal))
            {
                var caughtUp = long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var mark) && mark >= sourceSequence;
                value = (caughtUp ? targetSequence : 0).ToString(CultureInfo.InvariantCulture);
            }

            target.SetMeta(key, value);
        }

        progress?.Report(new JobProgress("verifying"));
        var targetStatements = WorkspaceDigest.OfStatements(target, cancellationToken);
        var targetResults = WorkspaceDigest.OfResults(target);
        var summary = new CopySummary(
            new CopyCheck(sourceStatements.Count, targetStatements.Count, sourceStatements.Hex, targetStatements.Hex),
            new CopyCheck(sourceResults.Count, targetResults.Count, sourceResults.Hex, targetResults.Hex),
            new CopyCheck(source.CountEntities(), target.CountEntities()),
            keys.Count,
            sources.Count,
            watch.Elapsed);
        return summary;
    }

    private static (long Count, string Hex) CopyStatements(IWorkspaceStore source, IWorkspaceStore target, long total, IProgress<JobProgress>? progress, CancellationToken cancellationToken)
    {
        using var digest = new WorkspaceDigest();
        var batch = new List<Statement>(BatchSize);
        foreach (var statement in source.ReadStatements(StatementQuery.All))
        {
            digest.Add(statement);
            batch.Add(statement);
            if (batch.Count == BatchSize)
            {
                cancellationToken.ThrowIfCancellationRequested();
                target.Write(batch);
                batch.Clear();
                progress?.Report(new JobProgress("copying statements", digest.Count, total));
            }
        }

        if (batch.Count > 0)
        {
            target.Write(batch);
        }

        progress?.Report(new JobProgress("copying statements", digest.Count, total));
        return (digest.Count, digest.Hex());
    }

    private static (long Count, string Hex) CopyResults(IWorkspaceStore source, IWorkspaceStore target, IProgress<JobProgress>? progress, CancellationToken cancellationToken)
    {
        using var digest = new WorkspaceDigest();
        foreach (var kind in source.ResultKinds())
        {
            cancellationToken.ThrowIfCancellationRequested();
            progress?.Report(new JobProgress("copying results: " + kind));
            target.WriteResults(kind, Digested(source.ReadResults(kind), kind, digest), replace: true);
        }

        return (digest.Count, digest.Hex());
    }

    private static IEnumerable<ResultRecord> Digested(IEnumerable<ResultRecord> records, string kind, WorkspaceDigest digest)
    {
        foreach (var record in records)
        {
            digest.Add(kind, record);
            yield return record;
        }
    }
}
