using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Threadline.Cli.Infrastructure;
using Threadline.Ingest.Pipeline;

namespace Threadline.Cli.Commands;

/// <summary><c>threadline ingest bookings FILE|DIR...</c>: hotel and short-term-rental records (CSV).</summary>
internal static class IngestBookingsCommand
{
    public static Command Build(GlobalOptions options, CliEnvironment environment)
    {
        var paths = new Argument<string[]>("paths") { Description = "Booking CSV files or directories of them", Arity = ArgumentArity.OneOrMore };
        var quarantine = new Option<string?>("--quarantine", "-q") { Description = "Where rejected rows go (JSON Lines); default beside the workspace" };
        var command = new Command("bookings", "Ingest booking records (CSV: booking_ref, platform, booker_*, property_address, city, country, check_in, check_out…)");
        command.Arguments.Add(paths);
        command.Options.Add(quarantine);
        command.SetAction(CliApp.Guard(options, environment, (context, parse) =>
        {
            var inputs = (parse.GetValue(paths) ?? []).Select(context.ResolvePath).ToList();
            foreach (var input in inputs.Where(p => !File.Exists(p) && !Directory.Exists(p)))
            {
                throw new CliException($"no such file or directory: '{input}'");
            }

            var quarantinePath = parse.GetValue(quarantine) is { } q ? context.ResolvePath(q) : IngestCommand.DefaultQuarantine(context, "bookings");
            using var store = context.OpenStore();
            Report(context, Run(context, store, inputs, quarantinePath));
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>Runs the ingest job with a progress bar; shared with the demo.</summary>
    public static IngestSummary Run(CommandContext context, Storage.IWorkspaceStore store, IReadOnlyList<string> inputs, string quarantinePath)
    {
        var options = new IngestOptions
        {
            QuarantinePath = quarantinePath,
            ExcludePaths = IngestCommand.WorkspaceFiles(context),
            SampleRejections = 5,
        };
        return ProgressRunner.RunJob(context, "Ingesting bookings", progress => BookingIngest.Run(store, inputs, options, progress, context.Cancellation));
    }

    public static void Report(CommandContext context, IngestSummary summary)
    {
        if (context.Json)
        {
            JsonOutput.Write(context.Out, new { files = FilesRead(summary), skipped_files = summary.SkippedFiles, accepted = summary.Accepted, rejected = summary.Rejected, values_left_out = summary.ValuesLeftOut, statements_inserted = summary.Statements.Inserted, quarantine = summary.QuarantinePath });
            return;
        }

        context.Console.MarkupLine(CultureInfo.InvariantCulture, "Bookings: {0} files read, {1} skipped (already ingested), {2:N0} bookings accepted, {3:N0} rows rejected, {4:N0} values left out of kept bookings, {5:N0} new statements", FilesRead(summary), summary.SkippedFiles, summary.Accepted, summary.Rejected, summary.ValuesLeftOut, summary.Statements.Inserted);
        foreach (var r in summary.SampleRejections)
        {
            context.Console.MarkupLine(CultureInfo.InvariantCulture, "  [yellow]{0}[/] {1}:{2}: {3}", r.Kept ? "kept, value left out" : "rejected", Terminal.Escape(Path.GetFileName(r.File)), r.Line, Terminal.Escape(r.Reason));
        }

        if (summary.Rejected > 0 || summary.ValuesLeftOut > 0)
        {
            context.Console.MarkupLine("Rejected rows and left-out values are in [blue]{0}[/]", Terminal.Escape(summary.QuarantinePath ?? "(no quarantine file)"));
        }
    }

    // Files whose rows were read, those rejected for their header included (as they always counted).
    private static int FilesRead(IngestSummary summary) => summary.FilesRead + summary.Files.Count(f => f.Status == FileStatus.Rejected && f.Format is not null);
}
