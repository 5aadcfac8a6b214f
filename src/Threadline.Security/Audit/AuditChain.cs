namespace Threadline.Security.Audit;

/// <summary>Seals entries into records and verifies a trail: the rules every engine's store follows.</summary>
public static class AuditChain
{
    /// <summary>The record an entry becomes at <paramref name="sequence"/>, after the record whose hash is <paramref name="previousHash"/>.</summary>
    public static AuditRecord Seal(AuditEntry entry, long sequence, DateTimeOffset at, string previousHash)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        var checkedEntry = entry.Checked();
        var time = AuditHash.Truncate(at);
        var hash = AuditHash.Compute(sequence, time, checkedEntry, previousHash);
        return new AuditRecord(sequence, time, checkedEntry.Actor, checkedEntry.Action, checkedEntry.Subject, checkedEntry.Origin, checkedEntry.CaseReference, checkedEntry.Reason, previousHash, hash);
    }

    /// <summary>
    /// Checks a whole trail, read in sequence order: sequence numbers from 1 without gaps, each record's previous hash
    /// equal to the hash of the one before, each hash equal to what its fields give, and every anchor matched. Stops at
    /// the first problem and names that record.
    /// </summary>
    /// <param name="records">The trail in the order the store returns it (by sequence).</param>
    /// <param name="anchors">Anchors written out earlier; none when empty.</param>
    public static AuditVerification Verify(IEnumerable<AuditRecord> records, IReadOnlyCollection<AuditAnchor> anchors)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(anchors);
        var anchored = new Dictionary<long, AuditAnchor>();
        foreach (var anchor in anchors)
        {
            anchored.TryAdd(anchor.Sequence, anchor);
        }

        var expected = 1L;
        var previous = AuditHash.Genesis;
        var matched = 0;
        foreach (var record in records)
        {
            if (record.Sequence > expected)
            {
                var missing = record.Sequence - 1 == expected ? $"record {expected} is missing" : $"records {expected} to {record.Sequence - 1} are missing";
                return new AuditVerification(expected - 1, matched, expected, missing + " (removed)");
            }

            if (record.Sequence < expected)
            {
                return new AuditVerification(expected - 1, matched, record.Sequence, $"record {record.Sequence} comes again after record {expected - 1} (duplicated or reordered)");
            }

            if (!string.Equals(record.PreviousHash, previous, StringComparison.Ordinal))
            {
                return new AuditVerification(expected - 1, matched, record.Sequence, $"record {record.Sequence} does not follow record {record.Sequence - 1} (a record was removed, reordered or changed)");
            }

            if (!string.Equals(AuditHash.Compute(record), record.Hash, StringComparison.Ordinal))
            {
                return new AuditVerification(expected - 1, matched, record.Sequence, $"record {record.Sequence} was changed after it was written (its hash does not match its fields)");
            }

            if (anchored.TryGetValue(record.Sequence, out var anchor))
            {
                if (!string.Equals(anchor.Hash, record.Hash, StringComparison.Ordinal))
                {
                    return new AuditVerification(expected - 1, matched, record.Sequence, $"record {record.Sequence} differs from the anchor written at {AuditHash.Time(anchor.At)} (the trail was rewritten from here or earlier)");
                }

                matched++;
            }

            previous = record.Hash;
            expected++;
        }

        var beyond = anchored.Values.Where(a => a.Sequence >= expected).OrderBy(a => a.Sequence).FirstOrDefault();
        if (beyond is not null)
        {
            return new AuditVerification(expected - 1, matched, expected, $"the trail ends at record {expected - 1} but the anchor written at {AuditHash.Time(beyond.At)} names record {beyond.Sequence} (records were removed from the end)");
        }

        return new AuditVerification(expected - 1, matched, null, null);
    }
}
