namespace Threadline.Security.Accounts;

/// <summary>What every engine checks before it stores an account or a membership.</summary>
public static class AccountRules
{
    /// <summary>Longest case reference.</summary>
    public const int MaxCaseReference = 256;

    /// <exception cref="ArgumentException">A bad name or no role.</exception>
    public static void CheckUser(UserAccount user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!UserAccount.IsValidName(user.Name))
        {
            throw new ArgumentException($"'{user.Name}' is not a user name: 1 to {UserAccount.MaxName} letters, digits, '.', '_', '-' or '@'", nameof(user));
        }

        if (user.Roles.Count == 0)
        {
            throw new ArgumentException($"user '{user.Name}' needs at least one role", nameof(user));
        }
    }

    /// <exception cref="ArgumentException">A bad user name or case reference.</exception>
    public static void CheckMembership(CaseMembership membership)
    {
        ArgumentNullException.ThrowIfNull(membership);
        if (!UserAccount.IsValidName(membership.User))
        {
            throw new ArgumentException($"'{membership.User}' is not a user name", nameof(membership));
        }

        if (string.IsNullOrWhiteSpace(membership.CaseReference) || membership.CaseReference.Length > MaxCaseReference || membership.CaseReference.Any(char.IsControl))
        {
            throw new ArgumentException($"a case reference needs 1 to {MaxCaseReference} characters and no control characters", nameof(membership));
        }
    }
}
