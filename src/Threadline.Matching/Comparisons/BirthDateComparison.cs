using System.Globalization;
using Threadline.Matching.Records;
using Threadline.Matching.Text;

namespace Threadline.Matching.Comparisons;

/// <summary>Birth dates (yyyymmdd digits): exact; one typo, one transposition, or day and month swapped; within a year; different.</summary>
public sealed class BirthDateComparison : Comparison
{
    public override string Name => "birth date";

    public override IReadOnlyList<string> Levels { get; } = ["exact", "one typo or day/month swapped", "within a year", "different"];

    public override int Level(PreparedRecord a, PreparedRecord b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var x = a.BirthDate;
        var y = b.BirthDate;
        if (x.Length == 0 || y.Length == 0)
        {
            return -1;
        }

        if (string.Equals(x, y, StringComparison.Ordinal))
        {
            return 0;
        }

        if (EditDistance.Bounded(x, y, 1) <= 1 || (x.Length == 8 && y.Length == 8 && x[..4] == y[..4] && x[4..6] == y[6..8] && x[6..8] == y[4..6]))
        {
            return 1;
        }

        return Parse(x) is { } dx && Parse(y) is { } dy && Math.Abs(dx.DayNumber - dy.DayNumber) <= 365 ? 2 : 3;
    }

    private static DateOnly? Parse(string digits) =>
        digits.Length == 8 && DateOnly.TryParseExact(digits, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
