using System.CommandLine;
using System.Globalization;
using Threadline.Cli.Infrastructure;
using Threadline.Security.Accounts;
using Threadline.Security.Audit;
using Threadline.Security.Tokens;
using Threadline.Storage;
using Threadline.Storage.Engines;

namespace Threadline.Cli.Commands;

/// <summary>
/// <c>threadline cases add|list|remove</c>: the case registry of a server's accounts store (<c>--accounts</c>, default the
/// <c>--workspace</c>'s). A case is a compartment: a reference, the workspace its data is in and a title; users see a
/// case's data only as its members (<c>threadline users member</c>). <c>threadline serve --accounts A</c> serves every
/// registered case. Every change is in the accounts store's audit trail.
/// </summary>
internal static class CasesCommand
{
    public static Command Build(GlobalOptions options, CliEnvironment environment)
    {
        var command = new Command("cases", "Register the cases a server serves: reference, workspace, title (compartments for need-to-know)");
        var accounts = options.Accounts;
        command.Subcommands.Add(Add(options, environment, accounts));
        command.Subcommands.Add(List(options, environment, accounts));
        command.Subcommands.Add(Remove(options, environment, accounts));
        return command;
    }

    private static Command Add(GlobalOptions options, CliEnvironment environment, Option<string?> accounts)
    {
        var reference = new Argument<string>("reference") { Description = "The case reference (what memberships name)" };
        var title = new Option<string?>("--title") { Description = "A short title shown to members" };
        var command = new Command("add", "Register a case: its data is the --workspace (which must exist); again: change its workspace or title");
        command.Arguments.Add(reference);
        command.Options.Add(title);
        command.SetAction(CliApp.Guard(options, environment, (context, parse) =>
        {
            if (!context.WorkspaceExplicit)
            {
                throw new CliException("cases add: name the case's data with --workspace LOCATION", ExitCodes.Usage);
            }

            var reg = new RegisteredCase(parse.GetValue(reference)!, context.WorkspacePath, parse.GetValue(title) ?? string.Empty, DateTimeOffset.UtcNow);
            try
            {
                AccountRules.CheckCase(reg);
            }
            catch (ArgumentException ex)
            {
                throw new CliException(ex.Message, ex, ExitCodes.Usage);
            }

            // The case's workspace must exist and be a workspace: opened once read-only here.
            context.OpenReadOnlyStore().Dispose();
            var location = AccountsStore.Location(context, parse.GetValue(accounts));
            using var store = AccountsStore.Open(context, location, AuditAction.Administration);
            store.RegisterCase(reg);
            Bind(context, context.WorkspacePath, location);
            context.Out.WriteLine($"case {reg.Reference} is {context.WorkspaceShown}{(reg.Title.Length > 0 ? " (" + reg.Title + ")" : string.Empty)}; add members with threadline users member NAME {reg.Reference}");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command List(GlobalOptions options, CliEnvironment environment, Option<string?> accounts)
    {
        var command = new Command("list", "List the registered cases (a server workspace shown without its password)");
        command.SetAction(CliApp.Guard(options, environment, (context, parse) =>
        {
            using var store = AccountsStore.Open(context, AccountsStore.Location(context, parse.GetValue(accounts)), AuditAction.Consultation);
            var rows = store.Cases().Select(c => new { reference = c.Reference, workspace = WorkspaceStores.Shown(c.Workspace), title = c.Title, created = AccountText.Time(c.Created) }).ToArray();
            if (context.Json)
            {
                JsonOutput.Write(context.Out, rows);
                return ExitCodes.Ok;
            }

            foreach (var row in rows)
            {
                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{row.reference}\t{row.workspace}\t{row.title}"));
            }

            if (rows.Length == 0)
            {
                context.Out.WriteLine("no cases registered");
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Remove(GlobalOptions options, CliEnvironment environment, Option<string?> accounts)
    {
        var reference = new Argument<string>("reference") { Description = "The case reference" };
        var command = new Command("remove", "Stop serving a case (its workspace and memberships stay)");
        command.Arguments.Add(reference);
        command.SetAction(CliApp.Guard(options, environment, (context, parse) =>
        {
            using var store = AccountsStore.Open(context, AccountsStore.Location(context, parse.GetValue(accounts)), AuditAction.Administration);
            var given = parse.GetValue(reference)!;
            var removed = store.FindCase(given);
            context.Out.WriteLine(store.RemoveCase(given) ? $"case {given} is no longer served" : $"no case {given} was registered");
            if (removed is not null && !store.Cases().Any(c => CliSignIn.Key(c.Workspace) == CliSignIn.Key(removed.Workspace)))
            {
                Unbind(context, removed.Workspace);
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>
    /// Records in the case's workspace which accounts store it answers to, so that commands on it sign in with that
    /// store's tokens (<see cref="CliSignIn"/>); a store that is its own case's workspace needs nothing recorded.
    /// </summary>
    private static void Bind(CommandContext context, string workspace, string accounts)
    {
        if (CliSignIn.Key(workspace) == CliSignIn.Key(accounts))
        {
            return;
        }

        try
        {
            using var security = WorkspaceStores.OpenSecurity(workspace);
            var bound = security.Setting(TeamSettings.AccountsStore);
            if (bound is not null && bound != CliSignIn.Key(accounts))
            {
                throw new CliException($"'{WorkspaceStores.Shown(workspace)}' already answers to the accounts store {bound}: remove its cases there first");
            }

            security.SetSetting(TeamSettings.AccountsStore, CliSignIn.Key(accounts));
        }
        catch (WorkspaceException ex)
        {
            throw new CliException($"cannot record the accounts store in '{WorkspaceStores.Shown(workspace)}': {ex.Message}", ex);
        }
    }

    /// <summary>Forgets the accounts store of a workspace no registered case uses any more (best effort: a workspace gone stays gone).</summary>
    private static void Unbind(CommandContext context, string workspace)
    {
        try
        {
            using var security = WorkspaceStores.OpenSecurity(workspace);
            security.SetSetting(TeamSettings.AccountsStore, null);
        }
        catch (WorkspaceException ex)
        {
            context.Environment.Error.WriteLine($"threadline: warning: '{WorkspaceStores.Shown(workspace)}' could not be told it is no longer a case's: {ex.Message}");
        }
    }
}
