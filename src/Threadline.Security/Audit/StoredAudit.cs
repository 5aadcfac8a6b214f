using Threadline.Security.Accounts;

namespace Threadline.Security.Audit;

/// <summary>Turns a stored row back into a record, the same in every engine.</summary>
public static class StoredAudit
{
    /// <summary>The record of a row.</summary>
    /// <exception cref="FormatException">A time or action that is not one (named by sequence).</exception>
    public static AuditRecord Record(long sequence, string at, string actor, string action, string subject, string origin, string caseReference, string reason, string previousHash, string hash)
    {
        if (!AuditActions.TryParse(action, out var kind))
        {
            throw new FormatException($"audit record {sequence}: '{action}' is not an action");
        }

        DateTimeOffset time;
        try
        {
            time = AccountText.ParseTime(at);
        }
        catch (FormatException ex)
        {
            throw new FormatException($"audit record {sequence}: '{at}' is not a time", ex);
        }

        return new AuditRecord(sequence, time, actor, kind.Value, subject, origin, caseReference, reason, previousHash, hash);
    }
}
