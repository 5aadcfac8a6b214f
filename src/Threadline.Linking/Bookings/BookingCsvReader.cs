using System.Globalization;
using Threadline.Core.Text;
using Threadline.Linking.Bookings;

namespace Threadline.Linking;

/// <summary>
/// Reads booking CSV files (docs/formats.md): a header in any order with the names of
/// <c>Bookings/Data/booking-columns.tsv</c>, delimiter detected from it, RFC 4180 quoting. A bad record is
/// rejected with its file, line and reason; an optional value that cannot be read is left out of a booking that
/// is kept; the good records are kept either way.
/// <para>
/// The file is framed on bytes by the project's one CSV reader (<see cref="CsvRecordReader"/>, ADR 0005), so a
/// record with a NUL byte or bytes that are not UTF-8 is rejected alone, and no record, the header included, is
/// held beyond the limit.
/// </para>
/// </summary>
public static class BookingCsvReader
{
    /// <summary>Longest record (a row with its quoted line breaks, or the header) read, in bytes.</summary>
    public const int MaxRecordBytes = 64 * 1024;

    /// <summary>Most columns in the header.</summary>
    public const int MaxColumns = 256;

    private static readonly string[] Required = ["booking_ref", "platform", "check_in", "check_out"];

    /// <summary>The header names of each booking field, loaded once.</summary>
    public static ColumnAliases Columns { get; } = ColumnAliases.Load(typeof(BookingCsvReader).Assembly, "Threadline.Linking.booking-columns.tsv");

    /// <summary>Reads a whole file.</summary>
    public static BookingReadResult ReadFile(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        return Read(stream, path);
    }

    /// <summary>Reads records from <paramref name="stream"/>; <paramref name="file"/> names it in rejections and locators.</summary>
    public static BookingReadResult Read(Stream stream, string file)
    {
        var records = new List<BookingRecord>();
        var rejected = new List<RejectedRecord>();
        var leftOut = new List<RejectedRecord>();
        foreach (var item in Items(stream, file))
        {
            if (item.Record is { } record)
            {
                records.Add(record);
                leftOut.AddRange(item.LeftOut);
            }
            else
            {
                rejected.Add(item.Rejection!);
            }
        }

        return new(records, rejected) { LeftOut = leftOut };
    }

    /// <summary>The rows of <paramref name="stream"/> one by one, as they are read; a header problem is one rejection, and the end.</summary>
    public static IEnumerable<BookingReadItem> Items(Stream stream, string file)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var csv = new CsvRecordReader(stream, MaxRecordBytes, CsvFraming.Csv);
        if (!csv.MoveNext())
        {
            yield return Rejected(new RejectedRecord(file, 1, "empty file: no header", string.Empty)) with { RejectsFile = true };
            yield break;
        }

        var columns = Header(csv, out var width, out var problem);
        if (problem is not null)
        {
            yield return Rejected(new RejectedRecord(file, csv.Line, "header: " + problem, Excerpt(csv))) with { RejectsFile = true };
            yield break;
        }

        while (csv.MoveNext())
        {
            if (csv.IsBlank)
            {
                continue;
            }

            var leftOut = new List<RejectedRecord>();
            var record = Row(csv, columns, width, file, leftOut, out var error);
            yield return record is not null
                ? new BookingReadItem(record, null, leftOut)
                : Rejected(new RejectedRecord(file, csv.Line, error!, Excerpt(csv)));
        }
    }

    private static BookingReadItem Rejected(RejectedRecord rejection) => new(null, rejection, []);

    private static string Excerpt(CsvRecordReader csv) => Excerpts.FromBytes(csv.Current.Span, Excerpts.MaxChars);

    private static BookingRecord? Row(CsvRecordReader csv, Dictionary<string, int> columns, int width, string file, List<RejectedRecord> leftOut, out string? error)
    {
        error = RecordProblem(csv);
        if (error is not null)
        {
            return null;
        }

        var fields = CsvFields.Split(csv.Current.Span, csv.Delimiter!.Value, out var textAfterQuote);
        if (textAfterQuote)
        {
            error = "text after a closing quote";
            return null;
        }

        if (fields.Count != width)
        {
            error = string.Create(CultureInfo.InvariantCulture, $"row has {fields.Count} fields, the header has {width}");
            return null;
        }

        return BookingRow.Parse(fields, columns, file, csv.Line, leftOut, out error);
    }

    private static Dictionary<string, int> Header(CsvRecordReader csv, out int width, out string? problem)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        width = 0;
        problem = RecordProblem(csv);
        if (problem is not null)
        {
            return columns;
        }

        var delimiter = CsvFields.DetectDelimiter(csv.Current.Span);
        csv.Delimiter = delimiter;
        var names = CsvFields.Split(csv.Current.Span, delimiter, out var textAfterQuote);
        if (textAfterQuote)
        {
            problem = "text after a closing quote";
            return columns;
        }

        if (names.Count > MaxColumns)
        {
            problem = string.Create(CultureInfo.InvariantCulture, $"{names.Count} columns, over the limit of {MaxColumns}");
            return columns;
        }

        width = names.Count;
        var fields = Columns.Resolve(names);
        for (var i = 0; i < names.Count; i++)
        {
            var name = fields[i] ?? names[i].Trim().ToLowerInvariant();
            if (name.Length > 0 && !columns.TryAdd(name, i))
            {
                problem = $"column '{name}' appears twice";
                return columns;
            }
        }

        var missing = Required.Where(r => !columns.ContainsKey(r)).ToList();
        if (missing.Count > 0)
        {
            problem = "lacks required columns: " + string.Join(", ", missing);
        }

        return columns;
    }

    /// <summary>Why the framed record cannot be read at all: over the limit, cut off inside quotes, not text.</summary>
    private static string? RecordProblem(CsvRecordReader csv)
    {
        if (csv.Oversized)
        {
            return string.Create(CultureInfo.InvariantCulture, $"record is {csv.Length:N0} bytes, over the limit of {MaxRecordBytes:N0} bytes");
        }

        if (csv.Unterminated)
        {
            return "unterminated quoted field: the file ends inside quotes (truncated?)";
        }

        return Utf8Check.TextProblem(csv.Current.Span);
    }
}
