using Threadline.Cases.Model;

namespace Threadline.Application.Cases;

/// <summary>
/// What changed in an attached network lead since it was attached: the snapshot then, the diff against the network as
/// the last link run left it, or — when that run no longer has the network — that it is gone.
/// </summary>
public sealed record NetworkChange(string NetworkId, DateTimeOffset AttachedAt, NetworkSnapshot Then, SnapshotDiff? Diff, bool Gone)
{
    /// <summary>Members added, by kind (persona, ad, phone, account).</summary>
    public IReadOnlyDictionary<string, int> AddedByKind => Count(Diff?.Added ?? []);

    /// <summary>Members removed, by kind.</summary>
    public IReadOnlyDictionary<string, int> RemovedByKind => Count(Diff?.Removed ?? []);

    private static SortedDictionary<string, int> Count(IEnumerable<string> ids)
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            var kind = NetworkSnapshots.KindOf(id);
            counts[kind] = counts.GetValueOrDefault(kind) + 1;
        }

        return counts;
    }
}
