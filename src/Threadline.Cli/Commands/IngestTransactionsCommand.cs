using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Spectre.Console;
using Threadline.Cli.Infrastructure;
using Threadline.Cli.Money;
using Threadline.Core;
using Threadline.Core.Statements;
using Threadline.Money;
using Threadline.Money.Import;
using Threadline.Storage;

namespace Threadline.Cli.Commands;

/// <summary><c>threadline ingest transactions FILE|DIR...</c>: camt.053/054, MT940 and CSV bank files.</summary>
internal static class IngestTransactionsCommand
{
    public const string SourceKind = "transactions";

    public static Command Build(GlobalOptions options, CliEnvironment environment)
    {
        var paths = new Argument<string[]>("paths") { Description = "Bank files (camt.053/054 XML, MT940, CSV) or directories of them", Arity = ArgumentArity.OneOrMore };
        var map = new Option<string?>("--map") { Description = "CSV column mapping, e.g. amount=Betrag,booking_date=Buchungstag (default: detected from the header)" };
        var currency = new Option<string>("--currency") { Description = "Currency when a CSV has none", DefaultValueFactory = _ => "EUR" };
        var quarantine = new Option<string?>("--quarantine", "-q") { Description = "Where rejected files and records are listed (JSON Lines); default beside the workspace" };
        var command = new Command("transactions", "Ingest bank files: ISO 20022 camt.053/camt.054 (v02–v08), SWIFT MT940, CSV; the same transaction seen twice counts once");
        command.Arguments.Add(paths);
        command.Options.Add(map);
        command.Options.Add(currency);
        command.Options.Add(quarantine);
        command.SetAction(CliApp.Guard(options, environment, (context, parse) =>
        {
            var inputs = (parse.GetValue(paths) ?? []).Select(context.ResolvePath).ToList();
            foreach (var input in inputs.Where(p => !File.Exists(p) && !Directory.Exists(p)))
            {
                throw new CliException($"no such file or directory: '{input}'");
            }

            CsvColumnMap? columnMap = null;
            if (parse.GetValue(map) is { } declaration)
            {
                try
                {
                    columnMap = CsvColumnMap.Parse(declaration);
                }
                catch (FormatException ex)
                {
                    throw new CliException("--map: " + ex.Message, ex, ExitCodes.Usage);
                }
                catch (ArgumentException ex)
                {
                    throw new CliException("--map: " + ex.Message, ex, ExitCodes.Usage);
                }
            }

            var quarantinePath = parse.GetValue(quarantine) is { } q ? context.ResolvePath(q) : IngestCommand.DefaultQuarantine(context, "transactions");
            using var store = context.OpenStore();
            var summary = Run(context, store, inputs, columnMap, parse.GetValue(currency) ?? "EUR", quarantinePath);
            Report(context, summary);
            return ExitCodes.Ok;
        }));
        return command;
    }

    public static TransactionIngestSummary Run(CommandContext context, IWorkspaceStore store, IReadOnlyList<string> inputs, CsvColumnMap? map, string currency, string quarantinePath)
    {
        var files = inputs.SelectMany(p => Directory.Exists(p) ? Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal) : (IEnumerable<string>)[p])
            .Where(f => !Path.GetFileName(f).StartsWith('.'))
            .Where(f => !IngestCommand.WorkspaceFiles(context).Contains(f, StringComparer.Ordinal) && f != quarantinePath)
            .ToList();
        var importer = new TransactionImporter(map, currency);
        var summary = new TransactionIngestSummary { QuarantinePath = quarantinePath };
        var batch = new List<Statement>(20_000);
        var issues = new List<ImportIssue>();
        ProgressRunner.Run(context, "Ingesting bank files", sink =>
        {
            for (var i = 0; i < files.Count; i++)
            {
                var file = files[i];
                sink.Report(i, files.Count, $"Ingesting bank files ({i + 1}/{files.Count})");
                string hash;
                using (var stream = File.OpenRead(file))
                {
                    hash = Ids.HashStream(stream);
                }

                var sourceId = Ids.Make("source", hash);
                if (store.GetSource(sourceId) is { Completed: true })
                {
                    summary.SkippedFiles++;
                    continue;
                }

                var fileIssues = new List<ImportIssue>();
                IReadOnlyList<BankTransaction> read;
                try
                {
                    read = importer.ReadFile(file, fileIssues);
                }
                catch (BankFileException ex)
                {
                    fileIssues.Add(new ImportIssue(file, null, "file", ex.Message));
                    read = [];
                }

                issues.AddRange(fileIssues);
                if (read.Count == 0 && fileIssues.Count > 0)
                {
                    summary.RejectedFiles++;
                }

                var name = Path.GetFileName(file);
                void SourceStatement(string property, string value) => batch.Add(new Statement(sourceId, "Source", property, value, sourceId, name, PaymentStatements.Producer, PaymentStatements.Version, null, null));
                SourceStatement("name", name);
                SourceStatement("fileName", name);
                SourceStatement("contentHash", hash);
                SourceStatement("format", TransactionImporter.Detect(file).ToString());
                foreach (var tx in read)
                {
                    PaymentStatements.Add(batch, tx, sourceId);
                }

                summary.Transactions += read.Count;
                summary.Statements += store.Write(batch);
                batch.Clear();
                store.SetSource(new SourceState(sourceId, file, hash, SourceKind, true, read.Count, fileIssues.Count));
                summary.Files++;
            }

            return 0;
        });

        summary.Issues = issues.Count;
        summary.Samples.AddRange(issues.Take(5));
        if (issues.Count > 0)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(quarantinePath)!);
            using var writer = new StreamWriter(quarantinePath, append: true, new UTF8Encoding(false));
            foreach (var issue in issues)
            {
                writer.WriteLine(JsonSerializer.Serialize(new { file = issue.File, line = issue.Line, element = issue.Element, reason = issue.Reason }, JsonOutput.Serializer).ReplaceLineEndings(string.Empty));
            }
        }

        return summary;
    }

    public static void Report(CommandContext context, TransactionIngestSummary summary)
    {
        if (context.Json)
        {
            JsonOutput.Write(context.Out, new { files = summary.Files, skipped_files = summary.SkippedFiles, rejected_files = summary.RejectedFiles, transactions = summary.Transactions, issues = summary.Issues, statements_inserted = summary.Statements.Inserted, quarantine = summary.QuarantinePath });
            return;
        }

        context.Console.MarkupLine(CultureInfo.InvariantCulture, "Bank files: {0:N0} read, {1:N0} skipped (already ingested), {2:N0} rejected; {3:N0} transactions read ({4:N0} new statements: a transaction seen in several files counts once); {5:N0} problems", summary.Files, summary.SkippedFiles, summary.RejectedFiles, summary.Transactions, summary.Statements.Inserted, summary.Issues);
        foreach (var issue in summary.Samples)
        {
            context.Console.MarkupLine("  [yellow]rejected[/] {0}", Terminal.Escape(issue.ToString()));
        }

        if (summary.Issues > 0)
        {
            context.Console.MarkupLine("Problems are listed in [blue]{0}[/]", Terminal.Escape(summary.QuarantinePath));
        }
    }
}

/// <summary>What a bank-file ingest did.</summary>
internal sealed class TransactionIngestSummary
{
    public int Files { get; set; }

    public int SkippedFiles { get; set; }

    public int RejectedFiles { get; set; }

    public long Transactions { get; set; }

    public int Issues { get; set; }

    public WriteSummary Statements { get; set; }

    public string QuarantinePath { get; set; } = string.Empty;

    public List<ImportIssue> Samples { get; } = [];
}
