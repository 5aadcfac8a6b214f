using Threadline.Security.Accounts;

namespace Threadline.Security.Access;

/// <summary>
/// The one need-to-know rule every shell asks, on the server, for every request: data of a case only to its members;
/// victim data only to the case's victim-support members and its lead, with a reason; disclosure only with a reason;
/// the audit trail only to auditors, who see nothing else; administration only to admins, who see case data only as
/// members. A disabled or locked account gets nothing. Roles never widen a membership: no role sees every case.
/// </summary>
public static class NeedToKnow
{
    /// <summary>Decides one request.</summary>
    /// <param name="user">The account asking.</param>
    /// <param name="memberships">The user's case memberships.</param>
    /// <param name="request">What is asked for.</param>
    /// <param name="now">When (for the lockout).</param>
    public static AccessDecision Decide(UserAccount user, IReadOnlyCollection<CaseMembership> memberships, AccessRequest request, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(memberships);
        ArgumentNullException.ThrowIfNull(request);
        if (user.Disabled)
        {
            return AccessDecision.Deny("the account is disabled");
        }

        if (user.IsLockedAt(now))
        {
            return AccessDecision.Deny("the account is locked");
        }

        switch (request.Kind)
        {
            case AccessKind.AuditTrail:
                return user.Roles.Contains(Role.Auditor) ? AccessDecision.Allow("auditor") : AccessDecision.Deny("only auditors read the audit trail");
            case AccessKind.Administration:
                return user.Roles.Contains(Role.Admin) ? AccessDecision.Allow("admin") : AccessDecision.Deny("only admins manage accounts");
        }

        if (user.Roles.All(r => r is Role.Auditor))
        {
            return AccessDecision.Deny("auditors read the audit trail and nothing else");
        }

        var membership = memberships.FirstOrDefault(m =>
            string.Equals(m.User, user.Name, StringComparison.Ordinal)
            && request.CaseReference.Length > 0
            && string.Equals(m.CaseReference, request.CaseReference, StringComparison.Ordinal));
        if (membership is null)
        {
            return AccessDecision.Deny("not a member of the case");
        }

        var justified = !string.IsNullOrWhiteSpace(request.Reason);
        return request.Kind switch
        {
            AccessKind.CaseData => AccessDecision.Allow("member of the case"),
            AccessKind.Disclosure when !justified => AccessDecision.Deny("a disclosure needs a reason"),
            AccessKind.Disclosure => AccessDecision.Allow("member of the case, reason given"),
            AccessKind.VictimData when !(user.Roles.Contains(Role.VictimSupport) || membership.IsLead) =>
                AccessDecision.Deny("victim data is for victim support and the case lead"),
            AccessKind.VictimData when !justified => AccessDecision.Deny("victim data needs a reason"),
            AccessKind.VictimData => AccessDecision.Allow(membership.IsLead ? "case lead, reason given" : "victim support in the case, reason given"),
            _ => AccessDecision.Deny("unknown kind of access"),
        };
    }
}
