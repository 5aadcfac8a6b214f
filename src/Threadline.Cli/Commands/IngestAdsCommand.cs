using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Threadline.Cli.Infrastructure;
using Threadline.Ingest.Ads;
using Threadline.Ingest.Pipeline;

namespace Threadline.Cli.Commands;

/// <summary><c>threadline ingest ads FILE|DIR...</c>: ad-site exports (JSON Lines, CSV, saved HTML).</summary>
internal static class IngestAdsCommand
{
    public static Command Build(GlobalOptions options, CliEnvironment environment)
    {
        var paths = new Argument<string[]>("paths") { Description = "Export files or directories (walked recursively)", Arity = ArgumentArity.OneOrMore };
        var quarantine = new Option<string?>("--quarantine", "-q") { Description = "Where rejected records go (JSON Lines: file, line, reason, excerpt); default beside the workspace" };
        var command = new Command("ads", "Ingest ad-site exports: JSON Lines, CSV or saved HTML pages (see docs/formats.md)");
        command.Arguments.Add(paths);
        command.Options.Add(quarantine);
        command.SetAction(CliApp.Guard(options, environment, (context, parse) =>
        {
            var inputs = (parse.GetValue(paths) ?? []).Select(context.ResolvePath).ToList();
            foreach (var input in inputs.Where(p => !File.Exists(p) && !Directory.Exists(p)))
            {
                throw new CliException($"no such file or directory: '{input}'");
            }

            var quarantinePath = parse.GetValue(quarantine) is { } q ? context.ResolvePath(q) : IngestCommand.DefaultQuarantine(context, "ads");
            using var store = context.OpenStore();
            var summary = Run(context, store, inputs, quarantinePath);
            Report(context, summary);
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>Runs the ingest job with a progress bar; shared with the demo.</summary>
    public static IngestSummary Run(CommandContext context, Storage.IWorkspaceStore store, IReadOnlyList<string> inputs, string quarantinePath)
    {
        var options = new AdIngestOptions
        {
            QuarantinePath = quarantinePath,
            ExcludePaths = IngestCommand.WorkspaceFiles(context),
        };
        return ProgressRunner.RunJob(context, "Ingesting ads", progress => AdIngestJob.Run(store, inputs, options, progress, context.Cancellation));
    }

    public static void Report(CommandContext context, IngestSummary summary)
    {
        if (context.Json)
        {
            JsonOutput.Write(context.Out, new
            {
                accepted = summary.Accepted,
                rejected = summary.Rejected,
                values_left_out = summary.ValuesLeftOut,
                skipped_files = summary.SkippedFiles,
                rejected_files = summary.RejectedFiles,
                statements_inserted = summary.Statements.Inserted,
                statements_updated = summary.Statements.Updated,
                quarantine = summary.QuarantinePath,
                seconds = summary.Elapsed.TotalSeconds,
                files = summary.Files.Select(f => new { path = f.Path, format = f.Format, status = f.Status.ToString(), accepted = f.Accepted, rejected = f.Rejected, values_left_out = f.ValuesLeftOut, statements_inserted = f.StatementsInserted, shared_batch = f.SharedBatch, resumed_after = f.ResumedAfter, note = f.Note }),
                sample_rejections = summary.SampleRejections.Select(r => new { file = r.File, line = r.Line, reason = r.Reason, kept = r.Kept }),
            });
            return;
        }

        var console = context.Console;
        if (summary.Files.Count <= 40)
        {
            var table = new Table { Border = TableBorder.Rounded };
            table.AddColumn("file");
            table.AddColumn("status");
            table.AddColumn(new TableColumn("ads").RightAligned());
            table.AddColumn(new TableColumn("rejected").RightAligned());
            table.AddColumn(new TableColumn("statements").RightAligned());
            foreach (var f in summary.Files)
            {
                var note = f.Note ?? (f.ResumedAfter > 0 ? $"resumed after record {f.ResumedAfter}" : null);
                table.AddRow(
                    new Markup(Terminal.Escape(Path.GetFileName(f.Path))),
                    new Markup(Terminal.Escape(f.Format is { } format ? $"{f.Status} ({format})" : f.Status.ToString()) + (note is null ? string.Empty : $"\n[grey]{Terminal.Escape(note)}[/]")),
                    new Markup(N(f.Accepted)),
                    new Markup(f.Rejected > 0 ? $"[yellow]{N(f.Rejected)}[/]" : "0"),
                    new Markup(f.SharedBatch ? "[grey]shared[/]" : N(f.StatementsInserted)));
            }

            console.Write(table);
        }

        console.MarkupLine(CultureInfo.InvariantCulture, "[bold]{0}[/] files: {1} ads accepted, {2} records rejected, {3} files skipped (already ingested or empty), {4} new statements in {5:F1} s",
            summary.Files.Count, N(summary.Accepted), N(summary.Rejected), summary.SkippedFiles, N(summary.Statements.Inserted), summary.Elapsed.TotalSeconds);
        if (summary.ValuesLeftOut > 0)
        {
            console.MarkupLine(CultureInfo.InvariantCulture, "{0} values left out of accepted ads (unreadable dates, countries, images…); the ads are kept", N(summary.ValuesLeftOut));
        }

        if (summary.Rejected > 0 || summary.ValuesLeftOut > 0)
        {
            foreach (var r in summary.SampleRejections.Take(5))
            {
                console.MarkupLine(CultureInfo.InvariantCulture, "  [yellow]{0}[/] {1}:{2}: {3}", r.Kept ? "kept, value left out" : "rejected", Terminal.Escape(Path.GetFileName(r.File)), r.Line, Terminal.Escape(r.Reason));
            }

            console.MarkupLine("Rejected records and left-out values are in [blue]{0}[/]", Terminal.Escape(summary.QuarantinePath ?? "(no quarantine file)"));
        }
    }

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
