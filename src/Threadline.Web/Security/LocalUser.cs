using Threadline.Security.Accounts;

namespace Threadline.Web.Security;

/// <summary>
/// The one user of <c>--no-auth</c> (loopback only): the operating-system user running the server, an analyst who is a
/// member of the single case served. Audited under that name like any account.
/// </summary>
public static class LocalUser
{
    /// <summary>The local account (never stored).</summary>
    public static UserAccount Account { get; } = new()
    {
        Name = Name(Environment.UserName),
        Roles = new HashSet<Role> { Role.Analyst },
        PasswordHash = string.Empty,
    };

    /// <summary>Membership of the single case served.</summary>
    public static IReadOnlyList<CaseMembership> Memberships(ServerSecurity security)
    {
        ArgumentNullException.ThrowIfNull(security);
        return [new CaseMembership(Account.Name, security.Settings.CaseReference, IsLead: false)];
    }

    private static string Name(string osUser)
    {
        var clean = new string(("local-" + osUser).Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' ? c : '_').ToArray());
        return clean.Length <= UserAccount.MaxName ? clean : clean[..UserAccount.MaxName];
    }
}
