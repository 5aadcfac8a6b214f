using Threadline.Storage;

namespace Threadline.Ingest.Pipeline;

/// <summary>
/// Small files written together: one transaction for the statements of many files that each fit in one batch (a folder
/// of saved pages), then their problems, then each file's progress. A commit per page cost more than the page's parse.
/// Files leave in the order they came, so the workspace and the quarantine end as with one write per file. When the
/// workspace refuses the shared write, each file is written on its own (<see cref="RefusedWrites"/>), so only the records
/// it refuses are lost; <see cref="Refused"/> tells the run how many of each file that were.
/// </summary>
internal sealed class SharedBatch(IWorkspaceStore store, string kind)
{
    private readonly List<PreparedStatements> _statements = [];
    private readonly List<Rejection> _problems = [];
    private readonly List<(SourceState State, string? Fingerprint, Chunk Chunk, int Number)> _files = [];
    private readonly HashSet<string> _hashes = new(StringComparer.Ordinal);

    /// <summary>Records refused by the workspace, by the number of their file (<see cref="FilePlan.Number"/>).</summary>
    public Dictionary<int, int> Refused { get; } = [];

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
        _files.Add((new SourceState(file.SourceId, plan.Path, file.Hash, kind, true, chunk.Accepted, chunk.Rejected), plan.Fingerprint, chunk, plan.Number));
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

        var states = _files.Select(f => f.State).ToList();
        try
        {
            run.Wrote(Count > 0 ? store.WritePrepared(_statements) : default, _problems);
        }
        catch (Exception e) when (RefusedWrites.IsRefusal(e))
        {
            // One file's record spoils the shared transaction: each file on its own, in order, its problems after it.
            WriteSummary written = default;
            var problems = new List<Rejection>();
            for (var i = 0; i < _files.Count; i++)
            {
                var (state, _, chunk, number) = _files[i];
                var refused = new List<Rejection>();
                written += RefusedWrites.Write(store, [chunk], state.Path, refused);
                problems.AddRange(chunk.Rejections.Concat(refused).OrderBy(p => p.Line));
                run.Refused(refused);
                if (refused.Count > 0)
                {
                    Refused[number] = refused.Count;
                    states[i] = state with { Accepted = state.Accepted - refused.Count, Rejected = state.Rejected + refused.Count };
                }
            }

            run.Wrote(written, problems);
        }

        for (var i = 0; i < _files.Count; i++)
        {
            if (states[i].Rejected > 0 && _files[i].Fingerprint is { } fingerprint)
            {
                store.SetMeta(SourceIds.OptionsKey(kind, states[i].SourceId), fingerprint);
            }

            store.SetSource(states[i]);
        }

        _statements.Clear();
        _problems.Clear();
        _files.Clear();
        _hashes.Clear();
        Count = 0;
        run.Report(force: true);
    }
}
