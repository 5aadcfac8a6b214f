using System.CommandLine;
using System.Globalization;
using Threadline.Cli.Infrastructure;
using Threadline.Security.Accounts;
using Threadline.Security.Tokens;

namespace Threadline.Cli.Commands;

/// <summary>
/// <c>threadline users token add|list|revoke</c>: tokens an admin issues for scripts (a nightly ingest) that cannot
/// type a TOTP code. A token acts as its account, with that account's roles and cases, until it expires (at most 90
/// days), is revoked, or the account's sessions are ended (<c>users revoke</c>). It is written once, to a file only its
/// owner reads; the store keeps its hash.
/// </summary>
internal static class UsersTokenCommand
{
    public static Command Build(GlobalOptions options, CliEnvironment environment)
    {
        var command = new Command("token", "Tokens for scripts: add (written once to a file), list, revoke");
        command.Subcommands.Add(Add(options, environment));
        command.Subcommands.Add(List(options, environment));
        command.Subcommands.Add(Revoke(options, environment));
        return command;
    }

    private static Command Add(GlobalOptions options, CliEnvironment environment)
    {
        var name = new Argument<string>("name") { Description = "The account the token acts as" };
        var days = new Option<int>("--days") { Description = "How long it works, in days (1 to 90)", DefaultValueFactory = _ => 30 };
        var label = new Option<string>("--label") { Description = "What it is for (shown in the list and the trail)", Required = true };
        var output = new Option<string>("--out") { Description = "File to write the token to (readable by its owner only)", Required = true };
        var command = new Command("add", "Issue a token for a script; it is written to --out once and never shown again");
        command.Arguments.Add(name);
        command.Options.Add(days);
        command.Options.Add(label);
        command.Options.Add(output);
        command.SetAction(CliApp.Guard(options, environment, (context, parse) =>
        {
            var d = parse.GetValue(days);
            if (d is < 1 or > 90)
            {
                throw new CliException("--days: 1 to 90", ExitCodes.Usage);
            }

            var file = context.OutputFile(parse.GetValue(output)!, "--out");
            using var store = UsersCommand.Open(context, parse.GetValue(options.Accounts));
            var user = UsersCommand.Find(store, parse.GetValue(name)!);
            IssuedToken issued;
            try
            {
                issued = AccessTokens.Issue(user, DateTimeOffset.UtcNow, TimeSpan.FromDays(d), parse.GetValue(label)!);
            }
            catch (ArgumentException ex)
            {
                throw new CliException("--label: " + ex.Message, ex, ExitCodes.Usage);
            }

            store.AddToken(issued.Token);
            UsersCommand.WritePrivate(file, issued.Text + "\n");
            context.Out.WriteLine($"token {issued.Token.Id} acts as {user.Name} until {CliSignIn.Time(issued.Token.Expires)}; written to {file} (give it with --token-file)");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command List(GlobalOptions options, CliEnvironment environment)
    {
        var command = new Command("list", "List tokens: id, account, label, issued, expires, state (never the token)");
        command.SetAction(CliApp.Guard(options, environment, (context, parse) =>
        {
            using var store = UsersCommand.Open(context, parse.GetValue(options.Accounts));
            var now = DateTimeOffset.UtcNow;
            var rows = store.Tokens().Select(t => new
            {
                id = t.Id,
                user = t.User,
                label = t.Label,
                created = AccountText.Time(t.Created),
                expires = AccountText.Time(t.Expires),
                state = t.Revoked ? "revoked" : t.Expires <= now ? "expired" : store.FindUser(t.User) is { } u && u.SessionStamp == t.SessionStamp && !u.Disabled ? "active" : "ended",
            }).ToArray();
            if (context.Json)
            {
                JsonOutput.Write(context.Out, rows);
                return ExitCodes.Ok;
            }

            foreach (var row in rows)
            {
                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{row.id}\t{row.user}\t{row.state}\tuntil {row.expires}\t{Terminal.Clean(row.label)}"));
            }

            if (rows.Length == 0)
            {
                context.Out.WriteLine("no tokens");
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Revoke(GlobalOptions options, CliEnvironment environment)
    {
        var id = new Argument<string>("id") { Description = "The token's id (from users token list)" };
        var command = new Command("revoke", "Revoke a token: every command presenting it is refused from now on");
        command.Arguments.Add(id);
        command.SetAction(CliApp.Guard(options, environment, (context, parse) =>
        {
            using var store = UsersCommand.Open(context, parse.GetValue(options.Accounts));
            var given = parse.GetValue(id)!;
            context.Out.WriteLine(store.RevokeToken(given) ? $"token {given} is revoked" : $"no active token {given}");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
