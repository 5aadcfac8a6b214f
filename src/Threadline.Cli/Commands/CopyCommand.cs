using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Threadline.Application.Workspace;
using Threadline.Cases.Store;
using Threadline.Cli.Infrastructure;
using Threadline.Security.Audit;
using Threadline.Storage;
using Threadline.Storage.Engines;

namespace Threadline.Cli.Commands;

/// <summary>
/// <c>threadline copy --from W1 --to W2</c>: moves a whole workspace between engines (a file and a PostgreSQL server,
/// either way) into an empty one, then compares counts and content hashes of both and prints them.
/// </summary>
internal static class CopyCommand
{
    public static Command Build(GlobalOptions options, CliEnvironment environment)
    {
        var from = new Option<string>("--from") { Description = "The workspace to copy (a file, or postgres://…)", Required = true };
        var to = new Option<string>("--to") { Description = "An empty or new workspace to copy into (a file is created; a server workspace is created as by 'migrate')", Required = true };
        var command = new Command("copy", "Copy a whole workspace into an empty one, between engines if wanted, and verify counts and content hashes");
        command.Options.Add(from);
        command.Options.Add(to);
        command.SetAction(CliApp.Guard(options, environment, (context, parse) =>
        {
            var source = Resolve(context, parse.GetValue(from)!);
            var target = Resolve(context, parse.GetValue(to)!);
            if (string.Equals(source, target, StringComparison.Ordinal))
            {
                throw new CliException("--from and --to name the same workspace", ExitCodes.Usage);
            }

            WorkspaceOpener.Migrate(target);
            using var reader = WorkspaceOpener.OpenForReading(source);
            using var writer = WorkspaceOpener.Open(target, create: true);
            context.Audit.Record(source, AuditAction.Disclosure);
            context.Audit.Record(target, AuditAction.Collection);
            var summary = ProgressRunner.RunJob(context, "Copying", progress => CopyJob.Run(reader, writer, progress, context.Cancellation));
            if (!summary.Verified)
            {
                Report(context, WorkspaceStores.Shown(source), WorkspaceStores.Shown(target), summary, (0, 0));
                throw new CliException("the copy differs from its source (see the counts and hashes above)");
            }

            (int Cases, long Records) cases;
            try
            {
                using var fromCases = WorkspaceStores.OpenCases(source, readOnly: true);
                using var toCases = WorkspaceStores.OpenCases(target);
                cases = CaseFiles.Copy(fromCases, toCases);
            }
            catch (Exception ex) when (ex is WorkspaceException or InvalidOperationException)
            {
                throw new CliException("case files: " + ex.Message, ex);
            }

            Report(context, WorkspaceStores.Shown(source), WorkspaceStores.Shown(target), summary, cases);

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static string Resolve(CommandContext context, string workspace) =>
        WorkspaceStores.IsFile(workspace) ? context.ResolvePath(workspace) : workspace;

    private static void Report(CommandContext context, string source, string target, CopySummary summary, (int Cases, long Records) cases)
    {
        if (context.Json)
        {
            JsonOutput.Write(context.Out, new
            {
                from = source,
                to = target,
                verified = summary.Verified,
                statements = Check(summary.Statements),
                results = Check(summary.Results),
                entities = Check(summary.Entities),
                meta = summary.Meta,
                sources = summary.Sources,
                cases = new { files = cases.Cases, records = cases.Records },
                seconds = summary.Elapsed.TotalSeconds,
            });
            return;
        }

        var table = new Table { Border = TableBorder.Rounded };
        table.AddColumn(string.Empty);
        table.AddColumn(Terminal.Escape(source));
        table.AddColumn(Terminal.Escape(target));
        Row(table, "statements", summary.Statements);
        Row(table, "results", summary.Results);
        Row(table, "entities", summary.Entities);
        context.Console.Write(table);
        context.Console.MarkupLine(
            CultureInfo.InvariantCulture,
            "{0}: {1:N0} settings, {2:N0} source states and {3:N0} case files ({4:N0} records) copied in {5:F1} s",
            summary.Verified ? "[green]Verified[/]" : "[red]Differs[/]",
            summary.Meta,
            summary.Sources,
            cases.Cases,
            cases.Records,
            summary.Elapsed.TotalSeconds);
    }

    private static void Row(Table table, string name, CopyCheck check) =>
        table.AddRow(
            name,
            Cell(check.Source, check.SourceDigest),
            Cell(check.Target, check.TargetDigest));

    private static string Cell(long count, string? digest) =>
        count.ToString("N0", CultureInfo.InvariantCulture) + (digest is null ? string.Empty : "  sha256 " + digest);

    private static object Check(CopyCheck check) => new { source = check.Source, target = check.Target, source_sha256 = check.SourceDigest, target_sha256 = check.TargetDigest, equal = check.Equal };
}
