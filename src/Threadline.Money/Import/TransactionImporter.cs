using Threadline.Core.IO;

namespace Threadline.Money.Import;

/// <summary>
/// Imports bank files of any supported format into one deduplicated ledger. A file that cannot be read
/// is rejected with an <see cref="ImportIssue"/> (file, element, reason) while the other files of the
/// same run are kept; importing the same statement again adds nothing.
/// </summary>
public sealed class TransactionImporter
{
    private readonly Dictionary<string, BankTransaction> ledger = new(StringComparer.Ordinal);
    private readonly List<BankTransaction> ordered = [];

    /// <summary>
    /// Creates an importer; <paramref name="csvMap"/> is the declared CSV mapping (detected when null),
    /// <paramref name="encoding"/> the declared encoding of CSV and MT940 files that are not UTF-8
    /// (detected when null, see <see cref="BankTextEncoding"/>).
    /// </summary>
    public TransactionImporter(CsvColumnMap? csvMap = null, string defaultCurrency = "EUR", System.Text.Encoding? encoding = null)
    {
        CsvMap = csvMap;
        DefaultCurrency = defaultCurrency;
        Encoding = encoding;
    }

    /// <summary>The declared CSV column mapping, or null to detect it per file.</summary>
    public CsvColumnMap? CsvMap { get; }

    /// <summary>Currency for CSV rows without a currency column.</summary>
    public string DefaultCurrency { get; }

    /// <summary>The declared encoding of CSV and MT940 files that are not UTF-8, or null to detect it.</summary>
    public System.Text.Encoding? Encoding { get; }

    /// <summary>Every transaction imported so far, in import order, without duplicates.</summary>
    public IReadOnlyList<BankTransaction> Transactions => ordered;

    /// <summary>Marks transactions as already known (e.g. loaded from the store) so they are not added again.</summary>
    public void Seed(IEnumerable<BankTransaction> known)
    {
        ArgumentNullException.ThrowIfNull(known);
        foreach (var tx in known)
        {
            if (ledger.TryAdd(tx.Id, tx))
            {
                ordered.Add(tx);
            }
        }
    }

    /// <summary>Imports files and directories (see <see cref="InputFiles.Expand"/>); entries that are not regular files are reported, not read.</summary>
    public ImportResult Import(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var given = paths.ToList();
        var missing = given.Where(p => !File.Exists(p) && !Directory.Exists(p) && new FileInfo(p).LinkTarget is null).ToList();
        var list = InputFiles.Expand(given.Except(missing, StringComparer.Ordinal));
        var named = given.Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal);
        var files = list.Files.Where(f => named.Contains(Path.GetFullPath(f)) || Detect(f) != BankFileFormat.Unknown).ToList();
        var added = new List<BankTransaction>();
        var issues = missing.Select(p => new ImportIssue(p, null, "file", "no such file")).ToList();
        issues.AddRange(list.Skipped.Select(s => new ImportIssue(s.Path, null, "file", s.Reason)));
        int duplicates = 0, read = 0, rejected = missing.Count;
        foreach (var file in files)
        {
            IReadOnlyList<BankTransaction> transactions;
            try
            {
                transactions = ReadFile(file, issues);
                read++;
            }
            catch (BankFileException ex)
            {
                issues.Add(ex.Issue);
                rejected++;
                continue;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                issues.Add(new ImportIssue(file, null, "file", "cannot be read: " + ex.Message));
                rejected++;
                continue;
            }

            foreach (var tx in transactions)
            {
                if (ledger.TryAdd(tx.Id, tx))
                {
                    ordered.Add(tx);
                    added.Add(tx);
                }
                else
                {
                    duplicates++;
                }
            }
        }

        return new ImportResult(added, duplicates, issues, read, rejected);
    }

    /// <summary>
    /// Reads one file in its detected format; record-level problems go to <paramref name="issues"/> (without it,
    /// the first one throws). Throws <see cref="BankFileException"/> when the file as a whole is unreadable.
    /// </summary>
    public IReadOnlyList<BankTransaction> ReadFile(string file, ICollection<ImportIssue>? issues = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (!File.Exists(file))
        {
            throw new BankFileException(new ImportIssue(file, null, "file", "no such file"));
        }

        return Detect(file) switch
        {
            BankFileFormat.Camt => CamtReader.Read(file, issues),
            BankFileFormat.Mt940 => Mt940Reader.Read(file, issues, Encoding),
            BankFileFormat.Csv => CsvTransactionReader.Read(file, CsvMap, issues, DefaultCurrency, Encoding),
            _ => throw new BankFileException(new ImportIssue(file, null, "file", "not a camt.053/camt.054, MT940 or CSV bank file")),
        };
    }

    /// <summary>Detects the format from the extension, then from the first bytes.</summary>
    public static BankFileFormat Detect(string file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var extension = Path.GetExtension(file).ToLowerInvariant();
        switch (extension)
        {
            case ".csv" or ".tsv":
                return BankFileFormat.Csv;
            case ".sta" or ".mt940" or ".940" or ".swi":
                return BankFileFormat.Mt940;
        }

        if (!File.Exists(file))
        {
            return extension == ".xml" ? BankFileFormat.Camt : BankFileFormat.Unknown;
        }

        using var stream = File.OpenRead(file);
        return Detect(file, stream);
    }

    /// <summary>Detects the format from the extension, then from the first bytes of <paramref name="stream"/> (read from its position; not rewound).</summary>
    public static BankFileFormat Detect(string file, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(stream);
        var extension = Path.GetExtension(file).ToLowerInvariant();
        switch (extension)
        {
            case ".csv" or ".tsv":
                return BankFileFormat.Csv;
            case ".sta" or ".mt940" or ".940" or ".swi":
                return BankFileFormat.Mt940;
        }

        var head = new byte[4096];
        var n = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        if (extension == ".xml" || CamtReader.Sniff(head.AsSpan(0, n)))
        {
            return BankFileFormat.Camt;
        }

        return Mt940Reader.Sniff(System.Text.Encoding.UTF8.GetString(head, 0, n)) ? BankFileFormat.Mt940 : BankFileFormat.Unknown;
    }
}
