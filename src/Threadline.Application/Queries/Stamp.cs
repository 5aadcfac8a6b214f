namespace Threadline.Application.Queries;

/// <summary>
/// When the workspace was looked at: its change sequence (<see cref="Storage.IWorkspaceStore.LastSequence"/>) and the
/// order in which this process read it. A kept value is built after its stamp was read, so it holds every change the
/// sequence counts; a request whose stamp was read before the kept value's may use it (it is at least as fresh), and
/// one read after it, at another sequence, builds again. Comparing the order of the reads, not the sequences, keeps
/// this right when a workspace is emptied and its sequence starts again.
/// </summary>
internal readonly record struct Stamp(long Sequence, long Read)
{
    private static long _reads;

    /// <summary>Reads the workspace's sequence now.</summary>
    public static Stamp Of(Storage.IWorkspaceStore store) => new(store.LastSequence(), Interlocked.Increment(ref _reads));

    /// <summary>Whether a value kept at <paramref name="kept"/> is too old for a reader at this stamp.</summary>
    public bool Outdates(Stamp kept) => Sequence != kept.Sequence && Read > kept.Read;
}
