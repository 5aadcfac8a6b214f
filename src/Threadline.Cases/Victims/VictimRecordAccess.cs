using Threadline.Cases.Model;

namespace Threadline.Cases.Victims;

/// <summary>
/// Need-to-know for victim records: a user may open a victim record only if he or she is a member of the record's
/// case with the victim-support role, or is that case's lead. Nobody else — not another member, not an administrator,
/// not the magistrate's account — learns the record's content or its existence; they see the pseudonym only. The web
/// app, the API, exports and the audit all call this one function.
/// </summary>
public static class VictimRecordAccess
{
    /// <summary>Decides whether <paramref name="userId"/> may open <paramref name="record"/> of <paramref name="investigation"/>.</summary>
    public static AccessDecision Decide(VictimRecord record, InvestigationCase investigation, string userId)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(investigation);
        if (!string.Equals(record.CaseReference, investigation.Reference, StringComparison.Ordinal))
        {
            return new AccessDecision(false, $"record {record.Pseudonym} belongs to case {record.CaseReference}, not {investigation.Reference}");
        }

        if (string.IsNullOrEmpty(userId))
        {
            return new AccessDecision(false, "no user");
        }

        var roles = investigation.RolesOf(userId);
        if (roles.IsEmpty)
        {
            return new AccessDecision(false, $"{userId} is not a member of case {investigation.Reference}");
        }

        if (roles.Contains(CaseRole.VictimSupport))
        {
            return new AccessDecision(true, $"{userId} holds the victim-support role in case {investigation.Reference}");
        }

        if (roles.Contains(CaseRole.Lead))
        {
            return new AccessDecision(true, $"{userId} leads case {investigation.Reference}");
        }

        return new AccessDecision(false, $"{userId} is in case {investigation.Reference} as {string.Join(", ", roles.Order())}, not victim support or lead");
    }

    /// <summary>The records among <paramref name="records"/> that <paramref name="userId"/> may open (the others are not listed at all).</summary>
    public static IReadOnlyList<VictimRecord> Visible(IEnumerable<VictimRecord> records, InvestigationCase investigation, string userId) =>
        records.Where(r => Decide(r, investigation, userId).Allowed).ToList();
}
