using Threadline.Storage;

namespace Threadline.Ingest.Pipeline;

/// <summary>
/// Small files written together: one transaction for the statements of many files that each fit in one batch (a folder
/// of saved pages), then their problems, then each file's progress. A commit per page cost more than the page's parse.
/// Files leave in the order they came, so the workspace and the quarantine end as with one write per file.
/// </summary>
internal sealed class SharedBatch(IWorkspaceStore store, string kind)
{
    private readonly List<PreparedStatements> _statements = [];
    private readonly List<Rejection> _problems = [];
    private readonly List<(SourceState State, string? Fingerprint)> _files = [];
    private readonly HashSet<string> _hashes = new(StringComparer.Ordinal);

    /// <summary>Statements waiting.</summary>
    public int Count { get; private set; }

    /// <summary>Whether a file of this content waits here, not yet recorded in the store.</summary>
    public bool Holds(string hash) => _hashes.Contains(hash);

    /// <summary>Adds a file read whole in one chunk.</summary>
    public void Add(FilePlan plan, Chunk chunk)
    {
        var file = plan.File!;
        _statements.Add(chunk.Statements);
        _problems.AddRange(chunk.Rejections);
        _files.Add((new SourceState(file.SourceId, plan.Path, file.Hash, kind, true, chunk.Accepted, chunk.Rejected), chunk.Rejected > 0 ? plan.Fingerprint : null));
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

        run.Wrote(Count > 0 ? store.WritePrepared(_statements) : default, _problems);
        foreach (var (state, fingerprint) in _files)
        {
            if (fingerprint is not null)
            {
                store.SetMeta(SourceIds.OptionsKey(kind, state.SourceId), fingerprint);
            }

            store.SetSource(state);
        }

        _statements.Clear();
        _problems.Clear();
        _files.Clear();
        _hashes.Clear();
        Count = 0;
        run.Report(force: true);
    }
}
