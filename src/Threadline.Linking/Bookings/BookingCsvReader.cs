using System.Globalization;
using Threadline.Linking.Bookings;

namespace Threadline.Linking;

/// <summary>
/// Reads booking CSV files (docs/formats.md): a header in any order, delimiter detected from it, RFC
/// 4180 quoting. A bad record is rejected with its file, line and reason; an optional value that cannot
/// be read is left out of a booking that is kept; the good records are kept either way.
/// <para>
/// The file is framed on bytes (<see cref="CsvRecordReader"/>), so a record with a NUL byte or bytes
/// that are not UTF-8 is rejected alone (decoding the whole file first either failed the file or turned
/// bad bytes into U+FFFD silently), and no record, the header included, is held beyond the limit.
/// </para>
/// </summary>
public static class BookingCsvReader
{
    /// <summary>Longest record (a row with its quoted line breaks, or the header) read, in bytes.</summary>
    public const int MaxRecordBytes = 64 * 1024;

    /// <summary>Most columns in the header.</summary>
    public const int MaxColumns = 256;

    private static readonly string[] Required = ["booking_ref", "platform", "check_in", "check_out"];

    /// <summary>Reads a whole file.</summary>
    public static BookingReadResult ReadFile(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        return Read(stream, path);
    }

    /// <summary>Reads records from <paramref name="stream"/>; <paramref name="file"/> names it in rejections and locators.</summary>
    public static BookingReadResult Read(Stream stream, string file)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var records = new List<BookingRecord>();
        var rejected = new List<RejectedRecord>();
        var leftOut = new List<RejectedRecord>();
        var csv = new CsvRecordReader(stream, MaxRecordBytes);
        if (!csv.MoveNext())
        {
            rejected.Add(new RejectedRecord(file, 1, "empty file: no header", string.Empty));
            return new(records, rejected);
        }

        var columns = Header(csv, out var width, out var problem);
        if (problem is not null)
        {
            rejected.Add(new RejectedRecord(file, csv.Line, "header: " + problem, Excerpt.Of(csv.Current)));
            return new(records, rejected);
        }

        while (csv.MoveNext())
        {
            if (IsBlank(csv.Current) && !csv.Oversized)
            {
                continue;
            }

            var record = Row(csv, columns, width, file, leftOut, out var error);
            if (record is not null)
            {
                records.Add(record);
            }
            else
            {
                rejected.Add(new RejectedRecord(file, csv.Line, error!, Excerpt.Of(csv.Current)));
            }
        }

        return new(records, rejected) { LeftOut = leftOut };
    }

    private static BookingRecord? Row(CsvRecordReader csv, Dictionary<string, int> columns, int width, string file, List<RejectedRecord> leftOut, out string? error)
    {
        error = RecordProblem(csv);
        var fields = error is null ? CsvFieldSplitter.Split(csv.Current, csv.Delimiter!.Value, out error) : null;
        if (fields is null)
        {
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

        var delimiter = CsvFieldSplitter.DetectDelimiter(csv.Current);
        csv.Delimiter = delimiter;
        var names = CsvFieldSplitter.Split(csv.Current, delimiter, out problem);
        if (names is null)
        {
            return columns;
        }

        if (names.Count > MaxColumns)
        {
            problem = string.Create(CultureInfo.InvariantCulture, $"{names.Count} columns, over the limit of {MaxColumns}");
            return columns;
        }

        width = names.Count;
        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i].Trim().ToLowerInvariant();
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

        var bytes = csv.Current;
        var nul = bytes.IndexOf((byte)0);
        var text = nul < 0 ? bytes : bytes[..nul];
        if (!System.Text.Unicode.Utf8.IsValid(text))
        {
            return string.Create(CultureInfo.InvariantCulture, $"invalid UTF-8 at byte {FirstInvalid(text) + 1} of the record");
        }

        return nul < 0 ? null : string.Create(CultureInfo.InvariantCulture, $"NUL byte at byte {nul + 1} of the record (binary data in a text file)");
    }

    private static int FirstInvalid(ReadOnlySpan<byte> bytes)
    {
        var offset = 0;
        while (offset < bytes.Length && System.Text.Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed) == System.Buffers.OperationStatus.Done)
        {
            offset += consumed;
        }

        return offset;
    }

    private static bool IsBlank(ReadOnlySpan<byte> bytes) => bytes.TrimStart(" \t"u8).IsEmpty;
}
