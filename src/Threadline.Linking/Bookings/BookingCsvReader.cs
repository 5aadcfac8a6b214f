using System.Globalization;

namespace Threadline.Linking;

/// <summary>
/// Reads booking CSV files (docs/formats.md): a header in any order, delimiter detected from it, RFC
/// 4180 quoting. A bad record is rejected with its file, line and reason; the good ones are kept.
/// </summary>
public static class BookingCsvReader
{
    /// <summary>Longest record read, in characters.</summary>
    public const int MaxRecordChars = 16_384;

    private static readonly string[] Required = ["booking_ref", "platform", "check_in", "check_out"];

    /// <summary>Reads a whole file.</summary>
    public static BookingReadResult ReadFile(string path)
    {
        using var reader = new StreamReader(path, new System.Text.UTF8Encoding(false, true), detectEncodingFromByteOrderMarks: true);
        try
        {
            return Read(reader, path);
        }
        catch (System.Text.DecoderFallbackException)
        {
            return new([], [new RejectedRecord(path, 0, "file is not valid UTF-8", "")]);
        }
    }

    /// <summary>Reads records from <paramref name="reader"/>; <paramref name="file"/> names it in rejections and locators.</summary>
    public static BookingReadResult Read(TextReader reader, string file)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var records = new List<BookingRecord>();
        var rejected = new List<RejectedRecord>();
        var headerLine = reader.ReadLine();
        if (headerLine is null)
        {
            rejected.Add(new RejectedRecord(file, 1, "empty file: no header", ""));
            return new(records, rejected);
        }

        headerLine = headerLine.TrimStart('\uFEFF');
        var delimiter = DetectDelimiter(headerLine);
        var header = headerLine.Split(delimiter).Select(h => h.Trim().Trim('"').ToLowerInvariant()).ToArray();
        var col = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            col.TryAdd(header[i], i);
        }

        var missing = Required.Where(r => !col.ContainsKey(r)).ToList();
        if (missing.Count > 0)
        {
            rejected.Add(new RejectedRecord(file, 1, "header lacks required columns: " + string.Join(", ", missing), Excerpt(headerLine)));
            return new(records, rejected);
        }

        var csv = new Bookings.CsvRecordReader(reader, delimiter, MaxRecordChars);
        while (csv.TryRead(out var fields, out var line, out var error, out var raw))
        {
            line++;
            if (fields.Count == 1 && fields[0].Length == 0)
            {
                continue;
            }

            if (error is null)
            {
                error = Parse(fields, col, file, line, out var record);
                if (record is not null)
                {
                    records.Add(record);
                    continue;
                }
            }

            rejected.Add(new RejectedRecord(file, line, error!, Excerpt(raw)));
        }

        return new(records, rejected);
    }

    private static string? Parse(List<string> f, Dictionary<string, int> col, string file, long line, out BookingRecord? record)
    {
        record = null;
        string? Get(string name) => col.TryGetValue(name, out var i) && i < f.Count && f[i].Trim().Length > 0 ? f[i].Trim() : null;
        var reference = Get("booking_ref");
        var platform = Get("platform");
        if (reference is null || platform is null)
        {
            return "booking_ref and platform are required";
        }

        if (!TryDate(Get("check_in"), out var checkIn))
        {
            return "check_in is missing or not a date";
        }

        if (!TryDate(Get("check_out"), out var checkOut))
        {
            return "check_out is missing or not a date";
        }

        if (checkOut < checkIn)
        {
            return "check_out is before check_in";
        }

        decimal? amount = null;
        if (Get("amount") is { } a)
        {
            if (!decimal.TryParse(a, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v))
            {
                return "amount is not a decimal with a dot";
            }

            amount = v;
        }

        int? guests = null;
        if (Get("guests") is { } g)
        {
            if (!int.TryParse(g, NumberStyles.None, CultureInfo.InvariantCulture, out var v) || v > 1000)
            {
                return "guests is not a small whole number";
            }

            guests = v;
        }

        record = new BookingRecord
        {
            BookingRef = reference,
            Platform = platform,
            BookerName = Get("booker_name"),
            BookerEmail = Get("booker_email"),
            BookerPhone = Get("booker_phone"),
            PropertyAddress = Get("property_address"),
            City = Get("city"),
            Country = Get("country")?.ToUpperInvariant(),
            CheckIn = checkIn,
            CheckOut = checkOut,
            Guests = guests,
            PaymentMethod = Get("payment_method"),
            Amount = amount,
            Currency = Get("currency")?.ToUpperInvariant(),
            Locator = string.Create(CultureInfo.InvariantCulture, $"{file}:{line}"),
        };
        return null;
    }

    private static readonly string[] DateFormats =
    [
        "yyyy-MM-dd", "dd/MM/yyyy", "dd/MM/yyyy HH:mm", "dd/MM/yyyy HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss",
    ];

    internal static bool TryDate(string? text, out DateOnly date)
    {
        date = default;
        if (text is null)
        {
            return false;
        }

        if (DateTime.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            date = DateOnly.FromDateTime(d);
            return true;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var o) && text.Contains('-', StringComparison.Ordinal))
        {
            date = DateOnly.FromDateTime(o.UtcDateTime);
            return true;
        }

        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var epoch) && epoch < 253402300800)
        {
            date = DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeSeconds(epoch).UtcDateTime);
            return true;
        }

        return false;
    }

    private static char DetectDelimiter(string header)
    {
        char[] candidates = [',', ';', '\t', '|'];
        return candidates.OrderByDescending(c => header.Count(x => x == c)).First();
    }

    private static string Excerpt(string raw) => raw.Length <= 120 ? raw : raw[..120];
}
