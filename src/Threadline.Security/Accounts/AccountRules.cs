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

        if (!IsValidCaseReference(membership.CaseReference))
        {
            throw new ArgumentException($"a case reference needs 1 to {MaxCaseReference} characters and no control characters", nameof(membership));
        }
    }

    /// <summary>Longest workspace location of a registered case.</summary>
    public const int MaxWorkspace = 2048;

    /// <summary>Longest case title.</summary>
    public const int MaxTitle = 256;

    /// <summary>Whether a case reference is acceptable: 1 to <see cref="MaxCaseReference"/> characters, no control characters.</summary>
    public static bool IsValidCaseReference(string? reference) =>
        !string.IsNullOrWhiteSpace(reference) && reference.Length <= MaxCaseReference && !reference.Any(char.IsControl);

    /// <exception cref="ArgumentException">A bad reference, an empty or too long workspace, or a bad title.</exception>
    public static void CheckCase(RegisteredCase registered)
    {
        ArgumentNullException.ThrowIfNull(registered);
        if (!IsValidCaseReference(registered.Reference))
        {
            throw new ArgumentException($"a case reference needs 1 to {MaxCaseReference} characters and no control characters", nameof(registered));
        }

        if (string.IsNullOrWhiteSpace(registered.Workspace) || registered.Workspace.Length > MaxWorkspace || registered.Workspace.Any(char.IsControl))
        {
            throw new ArgumentException($"case '{registered.Reference}': the workspace needs 1 to {MaxWorkspace} characters and no control characters", nameof(registered));
        }

        if (registered.Title is null || registered.Title.Length > MaxTitle || registered.Title.Any(char.IsControl))
        {
            throw new ArgumentException($"case '{registered.Reference}': a title has at most {MaxTitle} characters and no control characters", nameof(registered));
        }
    }
}
