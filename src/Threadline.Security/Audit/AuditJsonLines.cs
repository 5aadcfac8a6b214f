using System.Text.Json;

namespace Threadline.Security.Audit;

/// <summary>
/// Audit records as JSON Lines for a data-protection officer: every field, hashes included, so the export can be
/// verified on its own (<see cref="AuditChain.Verify"/> over an export starting at record 1).
/// </summary>
public static class AuditJsonLines
{
    /// <summary>Writes the records, one object a line; returns how many.</summary>
    public static long Write(TextWriter writer, IEnumerable<AuditRecord> records)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(records);
        var count = 0L;
        foreach (var record in records)
        {
            writer.Write(JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["sequence"] = record.Sequence,
                ["at"] = AuditHash.Time(record.At),
                ["actor"] = record.Actor,
                ["action"] = AuditActions.Name(record.Action),
                ["subject"] = record.Subject,
                ["origin"] = record.Origin,
                ["case"] = record.CaseReference,
                ["reason"] = record.Reason,
                ["previous_hash"] = record.PreviousHash,
                ["hash"] = record.Hash,
            }));
            writer.Write('\n');
            count++;
        }

        return count;
    }
}
