using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Threadline.Cli.Infrastructure;
using Threadline.Ingest.Pipeline;
using Threadline.Money;
using Threadline.Money.Import;
using Threadline.Storage;

namespace Threadline.Cli.Commands;

/// <summary><c>threadline ingest transactions FILE|DIR...</c>: camt.053/054, MT940 and CSV bank files.</summary>
internal static class IngestTransactionsCommand
{
    public static Command Build(GlobalOptions options, CliEnvironment environment)
    {
        var paths = new Argument<string[]>("paths") { Description = "Bank files (camt.053/054 XML, MT940, CSV) or directories of them", Arity = ArgumentArity.OneOrMore };
        var map = new Option<string?>("--map") { Description = "CSV column mapping, e.g. amount=Betrag,booking_date=Buchungstag (default: detected from the header)" };
        var currency = new Option<string>("--currency") { Description = "Currency (ISO 4217) of CSV rows without one", DefaultValueFactory = _ => "EUR" };
        var encoding = new Option<string?>("--encoding") { Description = "Encoding of CSV and MT940 files that are not UTF-8, e.g. iso-8859-15, ibm850 (default: Windows-1252, see docs/formats.md)" };
        var quarantine = new Option<string?>("--quarantine", "-q") { Description = "Where rejected files and records are listed (JSON Lines: file, line, element, reason, excerpt); default beside the workspace" };
        var command = new Command("transactions", "Ingest bank files: ISO 20022 camt.053/camt.054 (v02–v08), SWIFT MT940, CSV; the same transaction seen twice counts once");
        command.Arguments.Add(paths);
        command.Options.Add(map);
        command.Options.Add(currency);
        command.Options.Add(encoding);
        command.Options.Add(quarantine);
        command.SetAction(CliApp.Guard(options, environment, (context, parse) =>
        {
            var inputs = (parse.GetValue(paths) ?? []).Select(context.ResolvePath).ToList();
            foreach (var input in inputs.Where(p => !File.Exists(p) && !Directory.Exists(p)))
            {
                throw new CliException($"no such file or directory: '{input}'");
            }

            var quarantinePath = parse.GetValue(quarantine) is { } q ? context.ResolvePath(q) : IngestCommand.DefaultQuarantine(context, "transactions");
            var ingestOptions = new TransactionIngestOptions
            {
                Map = ParseMap(parse.GetValue(map)),
                Currency = ParseCurrency(parse.GetValue(currency)),
                Encoding = ParseEncoding(parse.GetValue(encoding)),
                QuarantinePath = quarantinePath,
                ExcludePaths = IngestCommand.WorkspaceFiles(context),
            };
            using var store = context.OpenStore();
            Report(context, Run(context, store, inputs, ingestOptions));
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>Runs the ingest job with a progress bar; shared with the demo.</summary>
    public static IngestSummary Run(CommandContext context, IWorkspaceStore store, IReadOnlyList<string> inputs, TransactionIngestOptions options) =>
        ProgressRunner.RunJob(context, "Ingesting bank files", progress => new TransactionIngestJob(store, options).Run(inputs, progress, context.Cancellation));

    public static void Report(CommandContext context, IngestSummary summary)
    {
        if (context.Json)
        {
            JsonOutput.Write(context.Out, new
            {
                files = summary.FilesRead,
                skipped_files = summary.SkippedFiles,
                rejected_files = summary.RejectedFiles,
                transactions = summary.Accepted,
                issues = summary.Rejected,
                statements_inserted = summary.Statements.Inserted,
                quarantine = summary.QuarantinePath,
                per_file = summary.Files.Select(f => new { path = f.Path, format = f.Format, status = f.Status.ToString(), transactions = f.Accepted, rejected = f.Rejected, note = f.Note }),
            });
            return;
        }

        var console = context.Console;
        console.MarkupLine(CultureInfo.InvariantCulture, "Bank files: {0:N0} read, {1:N0} skipped (already ingested, or not regular files), {2:N0} rejected; {3:N0} transactions read ({4:N0} new statements: a transaction seen in several files counts once); {5:N0} problems", summary.FilesRead, summary.SkippedFiles, summary.RejectedFiles, summary.Accepted, summary.Statements.Inserted, summary.Rejected);
        foreach (var skipped in summary.Files.Where(f => f.Status == FileStatus.Skipped).Take(10))
        {
            console.MarkupLine("  [grey]skipped[/] {0}: {1}", Terminal.Escape(skipped.Path), Terminal.Escape(skipped.Note ?? string.Empty));
        }

        foreach (var issue in summary.SampleRejections)
        {
            var where = issue.Line > 0 ? string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(issue.File)}:{issue.Line}") : Path.GetFileName(issue.File);
            console.MarkupLine("  [yellow]rejected[/] {0} {1}: {2}", Terminal.Escape(where), Terminal.Escape(issue.Element ?? "record"), Terminal.Escape(issue.Reason));
        }

        if (summary.Rejected > 0)
        {
            console.MarkupLine("Problems are listed in [blue]{0}[/]", Terminal.Escape(summary.QuarantinePath ?? "(no quarantine file)"));
        }
    }

    private static CsvColumnMap? ParseMap(string? declaration)
    {
        if (declaration is null)
        {
            return null;
        }

        try
        {
            return CsvColumnMap.Parse(declaration);
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException)
        {
            throw new CliException("--map: " + ex.Message, ex, ExitCodes.Usage);
        }
    }

    private static string ParseCurrency(string? value)
    {
        var code = (value ?? "EUR").Trim().ToUpperInvariant();
        return Currencies.IsCode(code) ? code : throw new CliException($"--currency: '{value}' is not a three-letter ISO 4217 code such as EUR", ExitCodes.Usage);
    }

    private static System.Text.Encoding? ParseEncoding(string? name) =>
        name is null ? null : BankTextEncoding.Resolve(name) ?? throw new CliException($"--encoding: '{name}' is not an encoding this machine knows (e.g. utf-8, windows-1252, iso-8859-15, ibm850)", ExitCodes.Usage);
}
