using System.CommandLine;
using Threadline.Cli.Infrastructure;
using Threadline.Security;
using Threadline.Security.Accounts;
using Threadline.Security.Audit;
using Threadline.Security.Tokens;
using Threadline.Storage;
using Threadline.Storage.Engines;

namespace Threadline.Cli.Commands;

/// <summary>
/// <c>threadline login NAME</c> and <c>threadline logout</c>: the command line signs in as the web does (password, then
/// a TOTP code; five failures lock the account) and gets a token for a working day, written to a file only its owner
/// reads. Commands on a team's workspace present it (<see cref="CliSignIn"/>). Every login, failure and logout is in
/// the accounts store's trail; the password, code and token never are, nor on the screen.
/// </summary>
internal static class LoginCommand
{
    public static Command Build(GlobalOptions options, CliEnvironment environment)
    {
        var name = new Argument<string>("name") { Description = "Your account" };
        var passwordFile = new Option<string>("--password-file") { Description = "File whose first line is your password", Required = true };
        var code = new Option<string?>("--code") { Description = "The 6-digit code your authenticator shows now (asked for when missing)" };
        var hours = new Option<int>("--hours") { Description = "How long the sign-in lasts, in hours (1 to 12)", DefaultValueFactory = _ => 12 };
        var tokenOut = new Option<string?>("--token-out") { Description = $"Where to write the token (default: ${CliSignIn.TokenFileVariable}, else ~/.config/threadline/token)" };
        var command = new Command("login", "Sign in to a team's accounts store (password and TOTP code): commands on the team's workspaces then act as you");
        command.Arguments.Add(name);
        command.Options.Add(passwordFile);
        command.Options.Add(code);
        command.Options.Add(hours);
        command.Options.Add(tokenOut);
        command.SetAction(CliApp.Guard(options, environment, (context, parse) =>
        {
            var h = parse.GetValue(hours);
            if (h is < 1 or > 12)
            {
                throw new CliException("--hours: a sign-in lasts 1 to 12 hours (a token for a script: threadline users token add)", ExitCodes.Usage);
            }

            var file = parse.GetValue(tokenOut) is { } given ? context.OutputFile(given, "--token-out")
                : CliSignIn.DefaultTokenFile(environment) ?? throw new CliException("no home folder to keep the sign-in in: give --token-out FILE", ExitCodes.Usage);
            var user = parse.GetValue(name)!;
            var password = UsersCommand.ReadPassword(context, parse.GetValue(passwordFile)!, checkStrength: false);
            var totp = parse.GetValue(code) ?? Ask(context);
            var location = AccountsStore.Location(context, parse.GetValue(options.Accounts));
            using var store = OpenAccounts(location);
            var trail = context.Audit.Trail(store, location);
            var now = DateTimeOffset.UtcNow;
            var outcome = new Authenticator(store).Login(user, password, totp, now);
            var known = store.FindUser(user) is not null;
            var entry = new AuditEntry(known ? user : "(unknown user)", AuditAction.Authentication, "threadline login", CliAudit.Origin, string.Empty, "command-line login: " + Words(outcome));
            trail.Append(entry);
            if (outcome != LoginOutcome.Succeeded)
            {
                throw new CliException(outcome switch
                {
                    LoginOutcome.MfaEnrolmentRequired => "this account has no authenticator yet: set it up at the first web login (threadline serve), then sign in here",
                    LoginOutcome.LockedOut => "too many failures: the account is locked for a while",
                    _ => "sign-in refused (name, password or code)",
                });
            }

            var issued = AccessTokens.Issue(store.FindUser(user)!, now, TimeSpan.FromHours(h), "login");
            store.AddToken(issued.Token);
            UsersCommand.WritePrivate(file, issued.Text + "\n" + WorkspaceStores.Shown(location) + "\n");
            trail.Append(entry with { Reason = "command-line token " + issued.Token.Id + " issued until " + AccountText.Time(issued.Token.Expires) });
            context.Out.WriteLine($"signed in as {user} until {CliSignIn.Time(issued.Token.Expires)}; the token is in {file} (readable by you only)");
            return ExitCodes.Ok;
        }));
        return command;
    }

    public static Command BuildLogout(GlobalOptions options, CliEnvironment environment)
    {
        var command = new Command("logout", "End the command line's sign-in: the saved token is revoked and its file removed");
        command.SetAction(CliApp.Guard(options, environment, (context, parse) =>
        {
            var file = parse.GetValue(options.TokenFile) is { } given ? context.ResolvePath(given)
                : CliSignIn.DefaultTokenFile(environment) ?? throw new CliException("no home folder: give --token-file FILE", ExitCodes.Usage);
            if (!File.Exists(file))
            {
                context.Out.WriteLine("not signed in");
                return ExitCodes.Ok;
            }

            var lines = File.ReadLines(file).Take(2).ToArray();
            var text = CliSignIn.ReadTokenFile(file, "the saved login");
            var location = parse.GetValue(options.Accounts) is { Length: > 0 } accounts ? AccountsStore.Location(context, accounts)
                : lines.Length > 1 && lines[1].Trim().Length > 0 ? lines[1].Trim()
                : throw new CliException("the saved login does not say which accounts store it is for: give --accounts", ExitCodes.Usage);
            using var store = OpenAccounts(location);
            if (AccessTokens.TryParse(text, out var id, out _) && store.FindToken(id) is { } token)
            {
                store.RevokeToken(id);
                context.Audit.Trail(store, location).Append(new AuditEntry(token.User, AuditAction.Authentication, "threadline logout", CliAudit.Origin, string.Empty, "command-line token " + id + " revoked"));
            }

            File.Delete(file);
            context.Out.WriteLine("signed out");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static ISecurityStore OpenAccounts(string location)
    {
        try
        {
            return WorkspaceStores.OpenSecurity(location);
        }
        catch (WorkspaceException ex)
        {
            throw new CliException(ex.Message, ex);
        }
    }

    private static string Ask(CommandContext context)
    {
        if (System.Console.IsInputRedirected)
        {
            return System.Console.In.ReadLine()?.Trim() ?? string.Empty;
        }

        context.Environment.Error.Write("TOTP code: ");
        return System.Console.ReadLine()?.Trim() ?? string.Empty;
    }

    private static string Words(LoginOutcome outcome) => outcome switch
    {
        LoginOutcome.Succeeded => "signed in",
        LoginOutcome.LockedOut => "refused, account locked",
        LoginOutcome.Disabled => "refused, account disabled",
        LoginOutcome.MfaEnrolmentRequired => "password right, no authenticator enrolled",
        LoginOutcome.CodeRequired => "password right, no code given",
        _ => "refused",
    };
}
