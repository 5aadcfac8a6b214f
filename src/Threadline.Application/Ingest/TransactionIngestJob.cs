using System.Globalization;
using Threadline.Core;
using Threadline.Core.Statements;
using Threadline.Money;
using Threadline.Money.Import;
using Threadline.Storage;

namespace Threadline.Application.Ingest;

/// <summary>
/// Ingests bank files (camt.053/054, MT940, CSV) into a workspace as Payments between BankAccounts.
/// <para>
/// Each file is read whole, its statements written, its problems appended to the quarantine and flushed,
/// and only then is it recorded as done (a <see cref="SourceState"/> of kind <c>transactions</c>): a run
/// that stops at any point leaves no file marked done whose problems are not in the quarantine, and the
/// next run reads the unfinished file again (statements are upserts, so nothing doubles; its quarantine
/// lines may).
/// </para>
/// <para>
/// A file counts as done only when it was read. A file rejected as a whole (not a bank file, an unusable
/// CSV header, unreadable) is read again on every run. A file read with rejected records is read again
/// when the options that shape its reading (<see cref="TransactionIngestOptions.Fingerprint"/>) change,
/// since the user may have fixed the reason; with the same options it is skipped.
/// </para>
/// </summary>
public sealed class TransactionIngestJob(IWorkspaceStore store, TransactionIngestOptions options)
{
    /// <summary>The <see cref="SourceState.Kind"/> of bank files.</summary>
    public const string SourceKind = "transactions";

    private const int SampleCount = 5;

    private readonly List<ImportIssue> _samples = [];
    private WriteSummary _written;

    /// <summary>Ingests files and directories (<see cref="BankFileList.Expand"/>).</summary>
    /// <exception cref="FileNotFoundException">A path does not exist (nothing is written).</exception>
    public TransactionIngestSummary Run(IEnumerable<string> paths, IProgress<TransactionIngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var excluded = options.QuarantinePath is null ? options.ExcludePaths : [.. options.ExcludePaths, options.QuarantinePath];
        var list = BankFileList.Expand(paths, excluded);
        var importer = new TransactionImporter(options.Map, options.Currency, options.Encoding);
        using var quarantine = new BankQuarantineWriter(options.QuarantinePath);
        var results = new List<BankFileSummary>(list.Files.Count + list.Skipped.Count);
        for (var i = 0; i < list.Files.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            progress?.Report(new TransactionIngestProgress(i + 1, list.Files.Count, list.Files[i]));
            results.Add(Ingest(list.Files[i], importer, quarantine));
        }

        results.AddRange(list.Skipped.Select(s => new BankFileSummary(s.Path, null, BankFileStatus.Skipped, 0, 0, s.Reason)));
        return new TransactionIngestSummary(results, _written, _samples, options.QuarantinePath);
    }

    /// <summary>The workspace setting that holds the options a file with rejected records was read with.</summary>
    public static string OptionsKey(string sourceId) => "ingest.transactions.options." + sourceId;

    private BankFileSummary Ingest(string file, TransactionImporter importer, BankQuarantineWriter quarantine)
    {
        string hash;
        BankFileFormat format;
        try
        {
            using (var stream = File.OpenRead(file))
            {
                hash = Ids.HashStream(stream);
            }

            format = TransactionImporter.Detect(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Reject(file, null, null, quarantine, new ImportIssue(file, null, "file", "cannot be read: " + ex.Message));
        }

        var sourceId = Ids.Make("source", hash);
        var fingerprint = options.Fingerprint(format);
        if (store.GetSource(sourceId) is { Completed: true } state && state.Kind == SourceKind
            && (state.Rejected == 0 || string.Equals(store.GetMeta(OptionsKey(sourceId)), fingerprint, StringComparison.Ordinal)))
        {
            var earlier = string.Equals(state.Path, file, StringComparison.Ordinal) ? string.Empty : $" as {state.Path}";
            var how = state.Rejected == 0 ? string.Empty : " with the same options";
            return new BankFileSummary(file, format, BankFileStatus.AlreadyIngested, 0, 0, string.Create(CultureInfo.InvariantCulture, $"already read{earlier}{how} ({state.Accepted} transactions, {state.Rejected} rejected): skipped"));
        }

        var issues = new List<ImportIssue>();
        IReadOnlyList<BankTransaction> read;
        try
        {
            read = importer.ReadFile(file, issues);
        }
        catch (BankFileException ex)
        {
            return Reject(file, format, (sourceId, hash), quarantine, ex.Issue);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Reject(file, format, (sourceId, hash), quarantine, new ImportIssue(file, null, "file", "cannot be read: " + ex.Message));
        }

        var batch = new List<Statement>((read.Count * 12) + 4);
        var name = Path.GetFileName(file);
        foreach (var (property, value) in new[] { ("name", name), ("fileName", name), ("contentHash", hash), ("format", format.ToString()) })
        {
            batch.Add(new Statement(sourceId, "Source", property, value, sourceId, name, PaymentStatements.Producer, PaymentStatements.Version, null, null));
        }

        foreach (var tx in read)
        {
            PaymentStatements.Add(batch, tx, sourceId);
        }

        _written += store.Write(batch);
        Quarantine(quarantine, issues);
        if (issues.Count > 0)
        {
            store.SetMeta(OptionsKey(sourceId), fingerprint);
        }

        store.SetSource(new SourceState(sourceId, file, hash, SourceKind, true, read.Count, issues.Count));
        var note = issues.Count > 0 ? string.Create(CultureInfo.InvariantCulture, $"{issues.Count} records rejected") : read.Count == 0 ? "no transactions" : null;
        return new BankFileSummary(file, format, BankFileStatus.Ingested, read.Count, issues.Count, note);
    }

    // A file not read: its problem goes to the quarantine, and it is recorded as not done, so the next run reads it again.
    private BankFileSummary Reject(string file, BankFileFormat? format, (string SourceId, string Hash)? source, BankQuarantineWriter quarantine, ImportIssue issue)
    {
        Quarantine(quarantine, [issue]);
        if (source is { } s)
        {
            store.SetSource(new SourceState(s.SourceId, file, s.Hash, SourceKind, false, 0, 1));
        }

        return new BankFileSummary(file, format, BankFileStatus.Rejected, 0, 1, issue.Reason);
    }

    private void Quarantine(BankQuarantineWriter quarantine, IReadOnlyList<ImportIssue> issues)
    {
        quarantine.Append(issues);
        _samples.AddRange(issues.Take(SampleCount - _samples.Count));
    }
}
