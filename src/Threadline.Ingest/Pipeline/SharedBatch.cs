using Threadline.Storage;

namespace Threadline.Ingest.Pipeline;

/// <summary>
/// Small files written together: one transaction for the statements of many files that each fit in one batch (a folder
/// of saved pages), then their problems, then each file's progress. A commit per page cost more than the page's parse.
/// Files leave in the order they came, so the workspace and the quarantine end as with one write per file. When the
/// workspace refuses the shared write, each file is written on its own (<see cref="BatchWriter{TRecord}"/>), so only the
/// records it refuses are lost; <see cref="Changed"/> tells the run what the write refused or left out of each file.
/// </summary>
internal sealed class SharedBatch(IWorkspaceStore store, string kind, Func<IReadOnlyList<FileBatch>, WriteSummary> write)
{
    private readonly List<(SourceState State, string? Fingerprint, FileBatch Batch, int Number)> _files = [];
    private readonly HashSet<string> _hashes = new(StringComparer.Ordinal);

    /// <summary>Records refused and values left out by the writes, by the number of their file (<see cref="FilePlan.Number"/>).</summary>
    public Dictionary<int, (int Refused, int LeftOut)> Changed { get; } = [];

    /// <summary>Statements waiting.</summary>
    public int Count { get; private set; }

    /// <summary>Whether a file of this content waits here, not yet recorded in the store.</summary>
    public bool Holds(string hash) => _hashes.Contains(hash);

    /// <summary>Adds a file read whole in one chunk.</summary>
    public void Add(FilePlan plan, Chunk chunk)
    {
        var file = plan.File!;
        _files.Add((new SourceState(file.SourceId, plan.Path, file.Hash, kind, true, chunk.Accepted, chunk.Rejected), plan.Fingerprint, new FileBatch(plan.Path, [chunk]), plan.Number));
        _hashes.Add(file.Hash);
        Count += chunk.Statements.Count;
    }

    /// <summary>Writes what waits, its problems, then records each file as done.</summary>
    public void Flush(PipelineRun run)
    {
        if (_files.Count == 0)
        {
            return;
        }

        var written = write([.. _files.Select(f => f.Batch)]);
        var problems = new List<Rejection>();
        foreach (var (_, _, batch, number) in _files)
        {
            problems.AddRange(batch.Problems);
            run.Changed(batch);
            if (batch.Refused.Count + batch.LeftOut.Count > 0)
            {
                Changed[number] = (batch.Refused.Count, batch.LeftOut.Count);
            }
        }

        run.Wrote(written, problems);
        var states = new List<SourceState>(_files.Count);
        foreach (var (state, fingerprint, batch, _) in _files)
        {
            var done = state with { Accepted = state.Accepted - batch.Refused.Count, Rejected = state.Rejected + batch.Refused.Count };
            if (done.Rejected > 0 && fingerprint is not null)
            {
                store.SetMeta(SourceIds.OptionsKey(kind, done.SourceId), fingerprint);
            }

            states.Add(done);
        }

        // Every file of the batch is recorded as done in one write (one commit per saved page cost more than its parse).
        store.SetSources(states);

        _files.Clear();
        _hashes.Clear();
        Count = 0;
        run.Report(force: true);
    }
}
