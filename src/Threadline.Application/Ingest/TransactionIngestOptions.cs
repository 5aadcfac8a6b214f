using System.Globalization;
using System.Text;
using Threadline.Money.Import;

namespace Threadline.Application.Ingest;

/// <summary>Options of <see cref="TransactionIngestJob"/>.</summary>
public sealed record TransactionIngestOptions
{
    /// <summary>The declared CSV column mapping, or null to detect it per file.</summary>
    public CsvColumnMap? Map { get; init; }

    /// <summary>Currency of CSV rows without one (an ISO 4217 code).</summary>
    public string Currency { get; init; } = "EUR";

    /// <summary>The declared encoding of CSV and MT940 files that are not UTF-8, or null to detect it.</summary>
    public Encoding? Encoding { get; init; }

    /// <summary>The JSON Lines file problems are appended to as they are found; null: only counted.</summary>
    public string? QuarantinePath { get; init; }

    /// <summary>Files never read even when found under a given directory (the workspace's own files).</summary>
    public IReadOnlyCollection<string> ExcludePaths { get; init; } = [];

    /// <summary>
    /// The options that change how a file of <paramref name="format"/> is read, as one string. A file that was
    /// read with rejected records is read again when this differs from the run that read it, since the user
    /// may have fixed the reason (a mapping, a currency, an encoding); camt declares all it needs itself.
    /// </summary>
    public string Fingerprint(BankFileFormat format) => format switch
    {
        BankFileFormat.Csv => string.Create(CultureInfo.InvariantCulture, $"csv;map={MapText};currency={Currency};encoding={EncodingText}"),
        BankFileFormat.Mt940 => $"mt940;encoding={EncodingText}",
        _ => format.ToString().ToLowerInvariant(),
    };

    private string MapText => Map is null ? "detected" : string.Join(',', Map.Columns.OrderBy(c => c.Key).Select(c => $"{c.Key}={c.Value}"));

    private string EncodingText => Encoding?.WebName ?? "detected";
}
