using System.CommandLine;
using System.Globalization;
using Threadline.Cli.Infrastructure;
using Threadline.Security.Accounts;
using Threadline.Security.Audit;
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
        var accounts = AccountsStore.Option();
        command.Options.Add(accounts);
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
            using var store = AccountsStore.Open(context, AccountsStore.Location(context, parse.GetValue(accounts)), AuditAction.Administration);
            store.RegisterCase(reg);
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
            context.Out.WriteLine(store.RemoveCase(given) ? $"case {given} is no longer served" : $"no case {given} was registered");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
