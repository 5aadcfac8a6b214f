using Threadline.Matching.Records;
using Threadline.Matching.Text;

namespace Threadline.Matching.Comparisons;

/// <summary>House number and street together: exact; same number and similar street; similar street; same number and roughly similar street; different.</summary>
public sealed class StreetComparison : Comparison
{
    public override string Name => "street";

    public override IReadOnlyList<string> Levels { get; } =
        ["exact", "same number, street similar (JW >= 0.90)", "street similar, number differs or missing", "same number, street roughly similar (JW >= 0.70)", "different"];

    public override int Level(PreparedRecord a, PreparedRecord b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Street.Length == 0 || b.Street.Length == 0)
        {
            return -1;
        }

        var sameNumber = a.StreetNumber.Length > 0 && string.Equals(a.StreetNumber, b.StreetNumber, StringComparison.Ordinal);
        if (sameNumber && string.Equals(a.Street, b.Street, StringComparison.Ordinal))
        {
            return 0;
        }

        var jw = JaroWinkler.Similarity(a.Street.Replace(" ", string.Empty, StringComparison.Ordinal), b.Street.Replace(" ", string.Empty, StringComparison.Ordinal));
        if (jw >= 0.90)
        {
            return sameNumber ? 1 : 2;
        }

        return sameNumber && jw >= 0.70 ? 3 : 4;
    }
}
