using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Threadline.Application.Ingest.Ftm;
using Threadline.Cli.Infrastructure;
using Threadline.Ingest.Pipeline;

namespace Threadline.Cli.Commands;

/// <summary><c>threadline ingest ftm FILE|DIR...</c>: FollowTheMoney entities or statements (JSON Lines, or statements as CSV).</summary>
internal static class IngestFtmCommand
{
    public static Command Build(GlobalOptions options, CliEnvironment environment)
    {
        var paths = new Argument<string[]>("paths") { Description = "FtM files (entities or statements as JSON Lines, statements as .csv) or directories of them", Arity = ArgumentArity.OneOrMore };
        var dataset = new Option<string>("--dataset") { Description = "FollowTheMoney dataset of values whose file names none", DefaultValueFactory = _ => FtmIngestJob.DefaultDataset };
        var quarantine = new Option<string?>("--quarantine", "-q") { Description = "Where records and values not read go (JSON Lines); default beside the workspace" };
        var command = new Command("ftm", "Ingest FollowTheMoney entities or statements (an Aleph export, a company registry, a sanctions list, a Threadline export)");
        command.Arguments.Add(paths);
        command.Options.Add(dataset);
        command.Options.Add(quarantine);
        command.SetAction(CliApp.Guard(options, environment, (context, parse) =>
        {
            var inputs = (parse.GetValue(paths) ?? []).Select(context.ResolvePath).ToList();
            foreach (var input in inputs.Where(p => !File.Exists(p) && !Directory.Exists(p)))
            {
                throw new CliException($"no such file or directory: '{input}'");
            }

            var name = parse.GetValue(dataset) ?? FtmIngestJob.DefaultDataset;
            if (!Application.Export.Ftm.FtmDataset.IsValid(name))
            {
                throw new CliException($"dataset name '{name}' is not one FollowTheMoney accepts: lower-case letters, digits and '_', starting with a letter", ExitCodes.Usage);
            }

            var ingestOptions = new IngestOptions
            {
                QuarantinePath = parse.GetValue(quarantine) is { } q ? context.ResolvePath(q) : IngestCommand.DefaultQuarantine(context, "ftm"),
                ExcludePaths = IngestCommand.WorkspaceFiles(context),
                SampleRejections = 10,
            };
            using var store = context.OpenStore();
            Report(context, ProgressRunner.RunJob(context, "Ingesting FollowTheMoney", progress => FtmIngestJob.Run(store, inputs, name, ingestOptions, progress, context.Cancellation)));
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static void Report(CommandContext context, FtmIngestSummary summary)
    {
        var run = summary.Run;
        var quarantinePath = run.QuarantinePath ?? "(no quarantine file)";
        if (context.Json)
        {
            JsonOutput.Write(context.Out, new
            {
                files = FilesRead(run),
                skipped_files = run.SkippedFiles,
                entities = summary.Entities,
                values = summary.Values,
                by_type = summary.ByType,
                records = run.Accepted,
                rejected = run.Rejected,
                values_left_out = run.ValuesLeftOut,
                statements_inserted = run.Statements.Inserted,
                problems = run.SampleRejections.Select(r => new { file = r.File, line = r.Line, reason = r.Reason, kept = r.Kept }),
                quarantine = quarantinePath,
            });
            return;
        }

        var console = context.Console;
        console.MarkupLine(CultureInfo.InvariantCulture, "FollowTheMoney: {0} files read, {1} skipped (already ingested), {2:N0} entities, {3:N0} values, {4:N0} records not read, {5:N0} values left out, {6:N0} new statements", FilesRead(run), run.SkippedFiles, summary.Entities, summary.Values, run.Rejected, run.ValuesLeftOut, run.Statements.Inserted);
        console.MarkupLine("[grey]{0}[/]", Terminal.Escape(string.Join(", ", summary.ByType.Select(kv => string.Create(CultureInfo.InvariantCulture, $"{kv.Key} {kv.Value:N0}")))));
        foreach (var r in run.SampleRejections)
        {
            console.MarkupLine(CultureInfo.InvariantCulture, "  [yellow]{0}[/] {1}:{2}: {3}", r.Kept ? "value left out" : "not read", Terminal.Escape(Path.GetFileName(r.File)), r.Line, Terminal.Escape(r.Reason));
        }

        if (run.Rejected + run.ValuesLeftOut > 0)
        {
            console.MarkupLine("What was not read is in [blue]{0}[/]", Terminal.Escape(quarantinePath));
        }
    }

    // Files whose records were read, those rejected for their header included (as the bookings count them).
    private static int FilesRead(IngestSummary summary) => summary.FilesRead + summary.Files.Count(f => f.Status == FileStatus.Rejected && f.Format is not null);
}
