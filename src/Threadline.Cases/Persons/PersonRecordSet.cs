using System.Collections.Immutable;

namespace Threadline.Cases.Persons;

/// <summary>The candidate persons gathered from the case's sources at one moment (one record, a new version each time).</summary>
public sealed record PersonRecordSet
{
    /// <summary>The most candidate persons one gathering keeps.</summary>
    public const int MaxRecords = 5_000;

    public PersonRecordSet(DateTimeOffset gatheredAt, IEnumerable<SourcePerson> records)
    {
        GatheredAt = gatheredAt.ToUniversalTime();
        var list = (records ?? throw new ArgumentNullException(nameof(records))).ToImmutableArray();
        if (list.Length > MaxRecords)
        {
            throw new ArgumentException($"{list.Length} candidate persons; at most {MaxRecords}", nameof(records));
        }

        var dup = list.GroupBy(r => r.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (dup is not null)
        {
            throw new ArgumentException($"record id {dup.Key} appears twice", nameof(records));
        }

        Records = list;
    }

    public DateTimeOffset GatheredAt { get; }

    public ImmutableArray<SourcePerson> Records { get; }

    /// <summary>One record by id, or null.</summary>
    public SourcePerson? Find(string id) => Records.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.Ordinal));
}
