using System.Collections.Immutable;

namespace Threadline.Cases.Model;

/// <summary>
/// A network lead as it stood when it was attached: its stable id, its score, and the stable ids of its members
/// (personas, phones, accounts…) with their scores. Later link runs keep ids stable, so <see cref="SnapshotDiff"/>
/// can say what changed since.
/// </summary>
public sealed record NetworkSnapshot
{
    /// <summary>The most members a snapshot keeps (a network lead bigger than this is a linking problem, not a case).</summary>
    public const int MaxMembers = 100_000;

    public NetworkSnapshot(string networkId, DateTimeOffset takenAt, double score, IEnumerable<KeyValuePair<string, double>> members)
    {
        NetworkId = Text.Id(networkId, nameof(networkId));
        TakenAt = takenAt.ToUniversalTime();
        Score = double.IsFinite(score) ? score : throw new ArgumentException("score must be a finite number", nameof(score));
        var b = ImmutableSortedDictionary.CreateBuilder<string, double>(StringComparer.Ordinal);
        foreach (var (id, s) in members ?? throw new ArgumentNullException(nameof(members)))
        {
            var key = Text.Id(id, "member id");
            if (!double.IsFinite(s))
            {
                throw new ArgumentException($"member {key}: score must be a finite number", nameof(members));
            }

            if (!b.TryAdd(key, s))
            {
                throw new ArgumentException($"member {key} is listed twice", nameof(members));
            }

            if (b.Count > MaxMembers)
            {
                throw new ArgumentException($"more than {MaxMembers} members", nameof(members));
            }
        }

        Members = b.ToImmutable();
    }

    public string NetworkId { get; }

    public DateTimeOffset TakenAt { get; }

    public double Score { get; }

    /// <summary>Member entity ids (stable ids) and their scores, in ordinal order.</summary>
    public ImmutableSortedDictionary<string, double> Members { get; }
}
