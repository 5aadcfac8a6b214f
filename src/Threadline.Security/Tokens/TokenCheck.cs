using Threadline.Security.Accounts;

namespace Threadline.Security.Tokens;

/// <summary>What checking a presented token found: the account it acts as, or why it does not work.</summary>
/// <param name="User">The account, when the token works.</param>
/// <param name="Token">The stored token, when one with that id exists and the secret matched.</param>
/// <param name="Problem">Why it does not work (empty when it does), in words a user can act on; never echoes the token.</param>
public sealed record TokenCheck(UserAccount? User, AccessToken? Token, string Problem)
{
    /// <summary>Whether the token works.</summary>
    public bool Valid => User is not null && Problem.Length == 0;

    /// <summary>A refusal.</summary>
    public static TokenCheck Refused(string problem, AccessToken? token = null) => new(null, token, problem);
}
