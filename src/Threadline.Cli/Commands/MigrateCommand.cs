using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Threadline.Cli.Infrastructure;

namespace Threadline.Cli.Commands;

/// <summary>
/// <c>threadline migrate</c>: creates the workspace (a file, or a schema in a PostgreSQL database) when missing and
/// applies every pending schema migration. A file workspace is also upgraded by any command that writes to it; a server
/// workspace only by this command, so a newer client never changes a shared schema by accident.
/// </summary>
internal static class MigrateCommand
{
    public static Command Build(GlobalOptions options, CliEnvironment environment)
    {
        var command = new Command("migrate", "Create the workspace (a file, or a schema on a PostgreSQL server) or bring its schema up to date");
        command.SetAction(CliApp.Guard(options, environment, (context, _) =>
        {
            var migration = WorkspaceOpener.Migrate(context.WorkspacePath);
            context.Audit.Record(context.WorkspacePath);
            if (context.Json)
            {
                JsonOutput.Write(context.Out, new { workspace = context.WorkspaceShown, from_version = migration.From, to_version = migration.To, changed = migration.Changed });
                return ExitCodes.Ok;
            }

            var what = migration.From == 0 ? "created" : migration.Changed ? "upgraded from version " + migration.From.ToString(CultureInfo.InvariantCulture) : "already";
            context.Console.MarkupLine(CultureInfo.InvariantCulture, "Workspace [blue]{0}[/] {1} at schema version [bold]{2}[/]", Terminal.Escape(context.WorkspaceShown), what, migration.To);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
