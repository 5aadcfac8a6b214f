using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Threadline.Application.Ingest.Ftm;
using Threadline.Cli.Infrastructure;

namespace Threadline.Cli.Commands;

/// <summary><c>threadline ingest ftm FILE...</c>: FollowTheMoney entities or statements (JSON Lines, or statements as CSV).</summary>
internal static class IngestFtmCommand
{
    public static Command Build(GlobalOptions options, CliEnvironment environment)
    {
        var paths = new Argument<string[]>("files") { Description = "FtM files: entities or statements as JSON Lines, statements as .csv", Arity = ArgumentArity.OneOrMore };
        var dataset = new Option<string>("--dataset") { Description = "FollowTheMoney dataset of values whose file names none", DefaultValueFactory = _ => "ftm_import" };
        var quarantine = new Option<string?>("--quarantine", "-q") { Description = "Where records and values not read go (JSON Lines); default beside the workspace" };
        var command = new Command("ftm", "Ingest FollowTheMoney entities or statements (an Aleph export, a company registry, a sanctions list, a Threadline export)");
        command.Arguments.Add(paths);
        command.Options.Add(dataset);
        command.Options.Add(quarantine);
        command.SetAction(CliApp.Guard(options, environment, (context, parse) =>
        {
            var files = new List<string>();
            foreach (var input in (parse.GetValue(paths) ?? []).Select(context.ResolvePath))
            {
                if (!File.Exists(input))
                {
                    throw new CliException($"no such file: '{input}'");
                }

                files.Add(input);
            }

            var name = parse.GetValue(dataset) ?? "ftm_import";
            if (!Application.Export.Ftm.FtmDataset.IsValid(name))
            {
                throw new CliException($"dataset name '{name}' is not one FollowTheMoney accepts: lower-case letters, digits and '_', starting with a letter", ExitCodes.Usage);
            }

            var quarantinePath = parse.GetValue(quarantine) is { } q ? context.ResolvePath(q) : IngestCommand.DefaultQuarantine(context, "ftm");
            using var store = context.OpenStore();
            Report(context, FtmIngestJob.Run(store, files, name, quarantinePath, context.Cancellation), quarantinePath);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static void Report(CommandContext context, FtmIngestSummary summary, string quarantinePath)
    {
        if (context.Json)
        {
            JsonOutput.Write(context.Out, new
            {
                files = summary.Files,
                skipped_files = summary.SkippedFiles,
                entities = summary.Entities,
                values = summary.Values,
                by_type = summary.ByType,
                rejected = summary.Rejected,
                values_left_out = summary.ValuesLeftOut,
                statements_inserted = summary.Statements.Inserted,
                problems = summary.Samples.Select(s => new { file = s.File, line = s.Problem.Line, reason = s.Problem.Reason }),
                quarantine = quarantinePath,
            });
            return;
        }

        var console = context.Console;
        console.MarkupLine(CultureInfo.InvariantCulture, "FollowTheMoney: {0} files read, {1} skipped (already ingested), {2:N0} entities, {3:N0} values, {4:N0} records not read, {5:N0} values left out, {6:N0} new statements", summary.Files, summary.SkippedFiles, summary.Entities, summary.Values, summary.Rejected, summary.ValuesLeftOut, summary.Statements.Inserted);
        console.MarkupLine("[grey]{0}[/]", Terminal.Escape(string.Join(", ", summary.ByType.Select(kv => string.Create(CultureInfo.InvariantCulture, $"{kv.Key} {kv.Value:N0}")))));
        foreach (var (file, p) in summary.Samples)
        {
            console.MarkupLine(CultureInfo.InvariantCulture, "  [yellow]{0}[/] {1}:{2}: {3}", p.Kept ? "value left out" : "not read", Terminal.Escape(Path.GetFileName(file)), p.Line, Terminal.Escape(p.Reason));
        }

        if (summary.Rejected + summary.ValuesLeftOut > 0)
        {
            console.MarkupLine("What was not read is in [blue]{0}[/]", Terminal.Escape(quarantinePath));
        }
    }
}
