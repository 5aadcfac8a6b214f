using Threadline.Core.Statements;
using Threadline.Ingest.Pipeline;
using Threadline.Money;
using Threadline.Money.Import;

namespace Threadline.Application.Ingest;

/// <summary>
/// Bank files (camt.053/054, MT940, CSV) as an <see cref="IIngestFormat{TRecord}"/>: Money's readers give the
/// transactions and the problems (in line order), each transaction becomes a Payment between BankAccounts.
/// </summary>
internal sealed class BankIngestFormat(TransactionIngestOptions options) : IIngestFormat<BankTransaction>
{
    public string Kind => TransactionIngestJob.SourceKind;

    public string Producer => PaymentStatements.Producer;

    public string ProducerVersion => PaymentStatements.Version;

    public bool KeepsRecordsWithoutValues => false;

    public bool IsWanted(string path) => true;

    public FileProbe Probe(Stream stream, string path)
    {
        var format = TransactionImporter.Detect(path, stream);
        return format == BankFileFormat.Unknown
            ? new FileProbe(null, new Rejection(path, 0, "not a camt.053/camt.054, MT940 or CSV bank file", string.Empty) { Element = "file" })
            : new FileProbe(format.ToString());
    }

    public string? Fingerprint(FileProbe probe) =>
        options.Fingerprint(probe.Format is { } name ? Enum.Parse<BankFileFormat>(name) : BankFileFormat.Unknown);

    public IEnumerable<ReadItem<BankTransaction>> Read(Stream stream, SourceFile file, CancellationToken cancellationToken)
    {
        var issues = new List<ImportIssue>();
        IReadOnlyList<BankTransaction> transactions;
        try
        {
            transactions = Enum.Parse<BankFileFormat>(file.Probe.Format!) switch
            {
                BankFileFormat.Camt => CamtReader.Read(stream, file.Path, issues),
                BankFileFormat.Mt940 => Mt940Reader.Read(stream, file.Path, issues, options.Encoding),
                _ => CsvTransactionReader.Read(stream, file.Path, options.Map, issues, options.Currency, options.Encoding),
            };
        }
        catch (BankFileException e)
        {
            return [ReadItem<BankTransaction>.Reject(Line(e.Issue), wholeFile: true)];
        }

        // One order for resuming: by line, a transaction before a problem on the same line.
        return transactions.Select(t => (Line: t.Line ?? 0, Problem: 0, Item: ReadItem<BankTransaction>.Accept(t, line: t.Line ?? 0)))
            .Concat(issues.Select(i => (Line: i.Line ?? 0, Problem: 1, Item: ReadItem<BankTransaction>.Reject(Line(i)))))
            .OrderBy(x => x.Line)
            .ThenBy(x => x.Problem)
            .Select(x => x.Item)
            .ToList();
    }

    public FileStatements<BankTransaction> StartFile(SourceFile file) => new Payments(file.SourceId);

    private static Rejection Line(ImportIssue issue) =>
        new(issue.File, issue.Line ?? 0, issue.Reason, issue.Excerpt ?? string.Empty) { Element = issue.Element };

    private sealed class Payments(string sourceId) : FileStatements<BankTransaction>
    {
        public override void Add(BankTransaction record, List<Statement> batch) => PaymentStatements.Add(batch, record, sourceId);
    }
}
