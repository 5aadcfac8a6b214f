using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Threadline.Cli.Infrastructure;

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
            var files = ExpandCsv(context, parse.GetValue(paths) ?? []);
            var quarantinePath = parse.GetValue(quarantine) is { } q ? context.ResolvePath(q) : IngestCommand.DefaultQuarantine(context, "bookings");
            using var store = context.OpenStore();
            Report(context, BookingIngest.Run(store, files, quarantinePath), quarantinePath);
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>Files as given, and the CSV files under given directories, in ordinal order.</summary>
    public static IReadOnlyList<string> ExpandCsv(CommandContext context, IEnumerable<string> inputs)
    {
        var files = new List<string>();
        foreach (var input in inputs.Select(context.ResolvePath))
        {
            if (File.Exists(input))
            {
                files.Add(input);
            }
            else if (Directory.Exists(input))
            {
                files.AddRange(Directory.EnumerateFiles(input, "*.csv", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
            }
            else
            {
                throw new CliException($"no such file or directory: '{input}'");
            }
        }

        return files;
    }

    public static void Report(CommandContext context, BookingIngestSummary summary, string quarantinePath)
    {
        if (context.Json)
        {
            JsonOutput.Write(context.Out, new { files = summary.Files, skipped_files = summary.SkippedFiles, accepted = summary.Accepted, rejected = summary.Rejected, values_left_out = summary.ValuesLeftOut, statements_inserted = summary.Statements.Inserted, quarantine = quarantinePath });
            return;
        }

        context.Console.MarkupLine(CultureInfo.InvariantCulture, "Bookings: {0} files read, {1} skipped (already ingested), {2:N0} bookings accepted, {3:N0} rows rejected, {4:N0} values left out of kept bookings, {5:N0} new statements", summary.Files, summary.SkippedFiles, summary.Accepted, summary.Rejected, summary.ValuesLeftOut, summary.Statements.Inserted);
        foreach (var r in summary.Samples)
        {
            context.Console.MarkupLine(CultureInfo.InvariantCulture, "  [yellow]{0}[/] {1}:{2}: {3}", r.Kept ? "kept, value left out" : "rejected", Terminal.Escape(Path.GetFileName(r.File)), r.Line, Terminal.Escape(r.Reason));
        }

        if (summary.Rejected > 0 || summary.ValuesLeftOut > 0)
        {
            context.Console.MarkupLine("Rejected rows and left-out values are in [blue]{0}[/]", Terminal.Escape(quarantinePath));
        }
    }
}
