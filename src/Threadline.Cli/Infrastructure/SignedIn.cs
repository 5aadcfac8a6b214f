using Threadline.Security.Accounts;
using Threadline.Security.Tokens;

namespace Threadline.Cli.Infrastructure;

/// <summary>Who a command acts as on a team workspace: the account its token belongs to, the token, and the case it acts in (empty for administration and audit).</summary>
internal sealed record SignedIn(UserAccount User, AccessToken Token, string CaseReference);
