using System.Globalization;
using System.Text;
using Threadline.Core.Text;

namespace Threadline.Money.Import;

/// <summary>
/// The rows of a bank CSV file as <see cref="CsvTransactionReader"/> reads them: framed on bytes by the project's one CSV
/// reader (<see cref="CsvRecordReader"/>, ADR 0005), the header mapped to columns, each row decoded and split.
/// </summary>
internal static class BankCsvRows
{
    private static readonly UTF8Encoding Utf8Out = new(false);

    /// <summary>
    /// The data rows of a file: framed on bytes, the header resolved (a problem with it throws <see cref="BankFileException"/>
    /// before any row), each row decoded and split, or with the reason it cannot be read ("element: reason").
    /// Blank lines are skipped.
    /// </summary>
    public static IEnumerable<BankCsvRow> Read(Stream stream, string fileName, CsvColumnMap? map, Encoding? declared)
    {
        if (stream.Length > CsvTransactionReader.MaxFileBytes)
        {
            throw new BankFileException(new ImportIssue(fileName, null, "file", $"file is {stream.Length} bytes, above the limit of {CsvTransactionReader.MaxFileBytes}"));
        }

        stream.Position = 0;
        var detected = BankTextEncoding.Detect(stream, declared);
        stream.Position = detected.PreambleLength;

        // One framing for every encoding: text that is not UTF-8 is re-encoded to UTF-8 as it is read (bytes its code
        // page cannot decode become U+FFFD, which rejects their record), so line breaks and quotes are found on bytes.
        using var utf8 = detected.Encoding is UTF8Encoding ? null : Encoding.CreateTranscodingStream(stream, detected.Encoding, Utf8Out, leaveOpen: true);
        var csv = new CsvRecordReader(utf8 ?? stream, CsvTransactionReader.MaxRecordBytes, CsvFraming.Csv);
        foreach (var row in Rows(csv, fileName, map, detected))
        {
            yield return row;
        }
    }

    private static IEnumerable<BankCsvRow> Rows(CsvRecordReader csv, string fileName, CsvColumnMap? map, DetectedEncoding encoding)
    {
        BankCsvColumns? columns = null;
        while (csv.MoveNext())
        {
            if (csv.IsBlank)
            {
                continue;
            }

            var bytes = csv.Current.Span;
            var text = Encoding.UTF8.GetString(bytes[..Math.Min(bytes.Length, (ImportIssue.MaxExcerpt * 4) + 4)]);
            var line = (int)Math.Min(csv.Line, int.MaxValue);
            if (columns is null)
            {
                columns = Header(csv, fileName, map);
                continue;
            }

            if (csv.Oversized)
            {
                yield return new BankCsvRow(line, [], columns.Value, text, string.Create(CultureInfo.InvariantCulture, $"record: {csv.Length:N0} bytes, over the limit of {CsvTransactionReader.MaxRecordBytes:N0} bytes; skipped unread"));
                continue;
            }

            if (csv.Unterminated)
            {
                yield return new BankCsvRow(line, [], columns.Value, text, "record: unterminated quoted field: the file ends inside quotes (truncated?)");
                continue;
            }

            var fields = CsvFields.Split(bytes, csv.Delimiter!.Value, out _);
            var bad = BadCharacter(fields);
            yield return new BankCsvRow(line, fields, columns.Value, text, bad is { } c ? "record: " + encoding.BadCharacterReason(c) : null);
        }

        if (columns is null)
        {
            throw new BankFileException(new ImportIssue(fileName, 1, "header", "the file has no header row", string.Empty));
        }
    }

    private static char? BadCharacter(List<string> fields)
    {
        foreach (var field in fields)
        {
            var bad = BankTextEncoding.IndexOfBadCharacter(field);
            if (bad >= 0)
            {
                return field[bad];
            }
        }

        return null;
    }

    private static BankCsvColumns Header(CsvRecordReader csv, string fileName, CsvColumnMap? map)
    {
        var bytes = csv.Current.Span;
        var excerpt = ImportIssue.ExcerptOf(Encoding.UTF8.GetString(bytes[..Math.Min(bytes.Length, (ImportIssue.MaxExcerpt * 4) + 4)]));
        if (csv.Oversized || csv.Unterminated)
        {
            throw new BankFileException(new ImportIssue(fileName, 1, "header", csv.Oversized ? $"the header is over the limit of {CsvTransactionReader.MaxRecordBytes:N0} bytes" : "the header cannot be read: it opens a quote that never closes", excerpt));
        }

        var delimiter = CsvFields.DetectDelimiter(bytes);
        csv.Delimiter = delimiter;
        var header = CsvFields.Split(bytes, delimiter, out _);

        var headerText = ImportIssue.ExcerptOf(string.Join((char)delimiter, header.Take(ImportIssue.MaxExcerpt)));
        if (header.Count > CsvTransactionReader.MaxColumns)
        {
            throw new BankFileException(new ImportIssue(fileName, 1, "header", $"{header.Count} columns, above the limit of {CsvTransactionReader.MaxColumns}", headerText));
        }

        map ??= CsvColumnMap.Detect(header);
        var problems = map.Problems();
        if (problems.Count > 0)
        {
            throw new BankFileException(new ImportIssue(fileName, 1, "header", string.Join("; ", problems) + " (header: " + headerText + ")", headerText));
        }

        int Index(CsvField field)
        {
            var name = map[field];
            if (name is null)
            {
                return -1;
            }

            for (var i = 0; i < header.Count; i++)
            {
                if (string.Equals(header[i], name, StringComparison.Ordinal))
                {
                    return i;
                }
            }

            throw new BankFileException(new ImportIssue(fileName, 1, "header", $"mapped column '{name}' for {field} is not in the header", headerText));
        }

        return new BankCsvColumns(
            Index(CsvField.TxId), Index(CsvField.BookingDate), Index(CsvField.ValueDate), Index(CsvField.Amount), Index(CsvField.Currency),
            Index(CsvField.DebtorName), Index(CsvField.DebtorIban), Index(CsvField.CreditorName), Index(CsvField.CreditorIban),
            Index(CsvField.Method), Index(CsvField.City), Index(CsvField.Country), Index(CsvField.RemittanceInfo));
    }
}
