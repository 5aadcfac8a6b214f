using System.Collections.Immutable;

namespace Threadline.Cases.Model;

/// <summary>What changed in a network lead between the snapshot attached to a case and a later one.</summary>
public sealed record SnapshotDiff(
    string NetworkId,
    double ScoreBefore,
    double ScoreAfter,
    ImmutableArray<string> Added,
    ImmutableArray<string> Removed,
    ImmutableArray<(string Id, double Before, double After)> Rescored)
{
    /// <summary>True when nothing changed (within <see cref="Tolerance"/> on scores).</summary>
    public bool IsEmpty => Added.IsEmpty && Removed.IsEmpty && Rescored.IsEmpty && Math.Abs(ScoreAfter - ScoreBefore) <= Tolerance;

    /// <summary>Score differences at or below this are rounding, not change.</summary>
    public const double Tolerance = 1e-9;

    /// <summary>Compares two snapshots of the same network (by stable id).</summary>
    public static SnapshotDiff Compare(NetworkSnapshot before, NetworkSnapshot after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        if (!string.Equals(before.NetworkId, after.NetworkId, StringComparison.Ordinal))
        {
            throw new ArgumentException($"snapshots of different networks: {before.NetworkId} and {after.NetworkId}", nameof(after));
        }

        var added = after.Members.Keys.Where(k => !before.Members.ContainsKey(k)).ToImmutableArray();
        var removed = before.Members.Keys.Where(k => !after.Members.ContainsKey(k)).ToImmutableArray();
        var rescored = before.Members
            .Where(kv => after.Members.TryGetValue(kv.Key, out var s) && Math.Abs(s - kv.Value) > Tolerance)
            .Select(kv => (kv.Key, kv.Value, after.Members[kv.Key]))
            .ToImmutableArray();
        return new SnapshotDiff(before.NetworkId, before.Score, after.Score, added, removed, rescored);
    }
}
