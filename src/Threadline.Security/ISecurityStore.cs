using Threadline.Security.Accounts;
using Threadline.Security.Audit;
using Threadline.Security.Tokens;

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

    /// <summary>
    /// Counts one failed login in one statement (no read-modify-write, so concurrent failures are all counted): when
    /// the count reaches <paramref name="maxFailures"/> the account is locked until <paramref name="lockedUntil"/> and the
    /// count starts again. True when this failure locked the account; false also for an unknown user.
    /// </summary>
    bool RecordLoginFailure(string user, int maxFailures, DateTimeOffset lockedUntil);

    /// <summary>
    /// Records a login whose TOTP code matched <paramref name="totpStep"/>: clears the failures and the lock and keeps the
    /// step, in one statement that only succeeds when the step is later than the last one used (so two logins racing
    /// with one code cannot both pass). False when it did not succeed.
    /// </summary>
    bool RecordLoginSuccess(string user, long totpStep);

    /// <summary>Stores a first TOTP secret, verified with a code of <paramref name="totpStep"/>, only when none is enrolled; false otherwise.</summary>
    bool EnrolTotp(string user, byte[] secret, long totpStep);

    /// <summary>Ends every session of a user (increments <see cref="UserAccount.SessionStamp"/> atomically); returns the new stamp.</summary>
    /// <exception cref="KeyNotFoundException">No such user.</exception>
    long RevokeSessions(string user);

    /// <summary>Registers a case (again: changes its workspace and title).</summary>
    /// <exception cref="ArgumentException">A bad reference, workspace or title (<see cref="AccountRules.CheckCase"/>).</exception>
    void RegisterCase(RegisteredCase registered);

    /// <summary>One registered case, or null.</summary>
    RegisteredCase? FindCase(string reference);

    /// <summary>Every registered case by reference.</summary>
    IReadOnlyList<RegisteredCase> Cases();

    /// <summary>Removes a case from the registry (its data and memberships stay); false when there was none.</summary>
    bool RemoveCase(string reference);

    /// <summary>Stores a command-line token (its secret's hash only).</summary>
    /// <exception cref="ArgumentException">A token with that id exists, or the token is malformed.</exception>
    void AddToken(AccessToken token);

    /// <summary>One token by its public id, or null.</summary>
    AccessToken? FindToken(string id);

    /// <summary>Every token (revoked and expired ones too) by creation time.</summary>
    IReadOnlyList<AccessToken> Tokens();

    /// <summary>Revokes a token; false when there was none or it was revoked before.</summary>
    bool RevokeToken(string id);

    /// <summary>A setting of this store (<see cref="Tokens.TeamSettings"/>), or null.</summary>
    string? Setting(string key);

    /// <summary>Sets (or with null, removes) a setting of this store.</summary>
    void SetSetting(string key, string? value);
}
