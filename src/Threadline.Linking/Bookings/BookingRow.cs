using System.Globalization;
using Threadline.Core.Text;

namespace Threadline.Linking.Bookings;

/// <summary>
/// One CSV row to a <see cref="BookingRecord"/>. Without a usable <c>booking_ref</c>, <c>platform</c>,
/// <c>check_in</c> or <c>check_out</c> the row is rejected; an optional value that cannot be read
/// (amount, guests, country, currency) is left out and listed, and the booking is kept.
/// </summary>
internal static class BookingRow
{
    /// <summary>Longest stay accepted, in nights: a booking is at most a year (and the linker walks its nights).</summary>
    public const int MaxNights = 366;

    private const string KeptWithout = "; the booking is kept without this value";

    private static readonly DateOnly Earliest = new(1990, 1, 1);
    private static readonly DateOnly Latest = new(2100, 1, 1);

    private static readonly string[] DateFormats =
    [
        "yyyy-MM-dd", "dd/MM/yyyy", "dd/MM/yyyy HH:mm", "dd/MM/yyyy HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss",
    ];

    /// <summary>The booking, or null and why not; <paramref name="leftOut"/> gets the values left out of a kept booking.</summary>
    public static BookingRecord? Parse(
        IReadOnlyList<string> fields, Dictionary<string, int> columns, string file, long line, List<RejectedRecord> leftOut, out string? error)
    {
        string? Get(string name) => columns.TryGetValue(name, out var i) && i < fields.Count && fields[i].Trim().Length > 0 ? fields[i].Trim() : null;

        var reference = Get("booking_ref");
        var platform = Get("platform");
        var checkInProblem = Date("check_in", Get("check_in"), out var checkIn);
        var checkOutProblem = Date("check_out", Get("check_out"), out var checkOut);
        error = reference is null ? "booking_ref is missing" : platform is null ? "platform is missing" : checkInProblem ?? checkOutProblem;
        if (error is null && checkOut < checkIn)
        {
            error = "check_out is before check_in";
        }

        if (error is null && checkOut.DayNumber - checkIn.DayNumber > MaxNights)
        {
            error = string.Create(CultureInfo.InvariantCulture, $"a stay of {checkOut.DayNumber - checkIn.DayNumber:N0} nights, over the limit of {MaxNights}");
        }

        if (error is not null)
        {
            return null;
        }

        var problems = new List<RejectedRecord>();
        var amount = Optional<decimal?>("amount", "is not a decimal with a dot", static t =>
            decimal.TryParse(t, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? v : (decimal?)null);
        var guests = Optional<int?>("guests", "is not a whole number from 0 to 1000", static t =>
            int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v <= 1000 ? v : (int?)null);
        var country = Optional<string>("country", "is not an ISO 3166-1 alpha-2 code", static t => Code(t, 2));
        var currency = Optional<string>("currency", "is not an ISO 4217 code", static t => Code(t, 3));
        leftOut.AddRange(problems);
        return new BookingRecord
        {
            BookingRef = reference!,
            Platform = platform!,
            BookerName = Get("booker_name"),
            BookerEmail = Get("booker_email"),
            BookerPhone = Get("booker_phone"),
            PropertyAddress = Get("property_address"),
            City = Get("city"),
            Country = country,
            CheckIn = checkIn,
            CheckOut = checkOut,
            Guests = guests,
            PaymentMethod = Get("payment_method"),
            Amount = amount,
            Currency = currency,
            Locator = string.Create(CultureInfo.InvariantCulture, $"{file}:{line}"),
        };

        T? Optional<T>(string name, string problem, Func<string, T?> read)
        {
            if (Get(name) is not { } text)
            {
                return default;
            }

            var value = read(text);
            if (value is null)
            {
                problems.Add(new RejectedRecord(file, line, $"{name} {Quote(text)} {problem}{KeptWithout}", Excerpts.FromText(text, Excerpts.MaxChars)) { Kept = true });
            }

            return value;
        }
    }

    /// <summary>Reads a date as docs/formats.md lists the forms; null or why not.</summary>
    internal static string? Date(string name, string? text, out DateOnly date)
    {
        date = default;
        if (text is null)
        {
            return name + " is missing";
        }

        if (!TryDate(text, out date))
        {
            return $"{name} {Quote(text)} is not a date";
        }

        return date >= Earliest && date < Latest ? null : $"{name} {Quote(text)} is not a date between 1990 and 2100";
    }

    private static bool TryDate(string text, out DateOnly date)
    {
        date = default;
        if (text.Length > 40)
        {
            return false;
        }

        if (DateTime.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            date = DateOnly.FromDateTime(d);
            return true;
        }

        if (text.Contains('-', StringComparison.Ordinal) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var o))
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

    private static string? Code(string text, int length) =>
        text.Length == length && text.All(char.IsAsciiLetter) ? text.ToUpperInvariant() : null;

    private static string Quote(string text) => "'" + Excerpts.FromText(text, 40) + "'";
}
