using Threadline.Security.Accounts;
using Threadline.Security.Audit;

namespace Threadline.Security;

/// <summary>
/// Where a workspace keeps its audit trail, accounts and case memberships. Each engine implements it beside its
/// workspace (the same SQLite file, the same PostgreSQL schema); the rules (<see cref="AuditChain"/>,
/// <see cref="Accounts.Authenticator"/>, <see cref="Access.NeedToKnow"/>) are engine-neutral.
/// </summary>
public interface ISecurityStore : IDisposable
{
    /// <summary>
    /// Seals and appends one record after the current last one, in one transaction that holds the trail's lock, so
    /// concurrent writers never fork the chain. The trail is append-only: the store refuses updates and deletes.
    /// </summary>
    /// <exception cref="ArgumentException">The entry is refused (<see cref="AuditEntry.Checked"/>).</exception>
    AuditRecord AppendAudit(AuditEntry entry, DateTimeOffset at);

    /// <summary>Streams records in sequence order, all of them or those at or after <paramref name="fromSequence"/>.</summary>
    IEnumerable<AuditRecord> ReadAudit(long fromSequence = 1);

    /// <summary>Number of records in the trail.</summary>
    long CountAudit();

    /// <summary>Adds an account.</summary>
    /// <exception cref="ArgumentException">A user of that name exists.</exception>
    void AddUser(UserAccount user);

    /// <summary>Replaces the stored account of <see cref="UserAccount.Name"/>.</summary>
    /// <exception cref="KeyNotFoundException">No such user.</exception>
    void UpdateUser(UserAccount user);

    /// <summary>One account, or null.</summary>
    UserAccount? FindUser(string name);

    /// <summary>All accounts by name.</summary>
    IReadOnlyList<UserAccount> Users();

    /// <summary>Makes a user a member of a case (again: updates whether they lead it).</summary>
    void SetMembership(CaseMembership membership);

    /// <summary>Ends a membership; false when there was none.</summary>
    bool RemoveMembership(string user, string caseReference);

    /// <summary>A user's memberships by case reference.</summary>
    IReadOnlyList<CaseMembership> Memberships(string user);
}
