namespace Threadline.Security.Tokens;

/// <summary>
/// The settings a security store keeps (<see cref="ISecurityStore.Setting"/>) and their rules. A workspace that serves
/// a registered case records which accounts store it answers to (<see cref="AccountsStore"/>): from then on the command
/// line signs in with a token of that store before it touches the workspace.
/// </summary>
public static class TeamSettings
{
    /// <summary>The accounts store (its location as shown, never with a password) whose tokens this workspace takes.</summary>
    public const string AccountsStore = "team.accounts";

    /// <summary>Longest key.</summary>
    public const int MaxKey = 64;

    /// <summary>Longest value.</summary>
    public const int MaxValue = 2_000;

    /// <summary>Checks a key and value before they are stored.</summary>
    /// <exception cref="ArgumentException">An empty, long or non-ASCII key, or a long value or one with control characters.</exception>
    public static void Check(string key, string? value)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length is 0 or > MaxKey || !key.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '.' or '_' or '-'))
        {
            throw new ArgumentException($"a setting's key is 1 to {MaxKey} of a-z, 0-9, '.', '_', '-'", nameof(key));
        }

        if (value is not null && (value.Length > MaxValue || value.Any(char.IsControl)))
        {
            throw new ArgumentException($"a setting's value has at most {MaxValue} characters and no control characters", nameof(value));
        }
    }

    /// <summary>Checks a token before it is stored.</summary>
    /// <exception cref="ArgumentException">A malformed token.</exception>
    public static void CheckToken(AccessToken token)
    {
        ArgumentNullException.ThrowIfNull(token);
        if (token.Id.Length != 16 || token.SecretHash.Length != 64 || token.User.Length is 0 or > Accounts.UserAccount.MaxName
            || token.Label.Length > AccessTokens.MaxLabel || token.Label.Any(char.IsControl) || token.Expires <= token.Created)
        {
            throw new ArgumentException("a malformed token", nameof(token));
        }
    }
}
