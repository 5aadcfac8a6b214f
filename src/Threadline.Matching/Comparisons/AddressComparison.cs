using Threadline.Matching.Records;
using Threadline.Matching.Text;

namespace Threadline.Matching.Comparisons;

/// <summary>
/// The address as one comparison: street with house number, address line 2, locality and postcode move together
/// when a person moves, so counting them as four independent pieces of evidence breaks the Fellegi–Sunter
/// independence assumption (EM then learns "same address" instead of "same person"). Levels: every part both records
/// have is equal; every part agrees (equal or similar); all but one agree; at least one agrees; none agrees. Cannot
/// compare when the two records share no address part.
/// </summary>
public sealed class AddressComparison : Comparison
{
    public override string Name => "address";

    public override IReadOnlyList<string> Levels { get; } =
        ["all parts equal", "all parts equal or similar", "all but one part agree", "some parts agree", "different"];

    public override int Level(PreparedRecord a, PreparedRecord b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        int parts = 0, exact = 0, agree = 0;
        Part(Street(a), Street(b), 0.90, ref parts, ref exact, ref agree);
        Part(a.AddressLine2, b.AddressLine2, 0.90, ref parts, ref exact, ref agree);
        Part(a.Locality, b.Locality, 0.90, ref parts, ref exact, ref agree);
        if (a.Postcode.Length > 0 && b.Postcode.Length > 0)
        {
            parts++;
            var d = EditDistance.Bounded(a.Postcode, b.Postcode, 1);
            exact += d == 0 ? 1 : 0;
            agree += d <= 1 ? 1 : 0;
        }

        if (parts == 0)
        {
            return -1;
        }

        if (exact == parts)
        {
            return 0;
        }

        if (agree == parts)
        {
            return 1;
        }

        if (parts >= 2 && agree == parts - 1)
        {
            return 2;
        }

        return agree > 0 ? 3 : 4;
    }

    private static string Street(PreparedRecord r) => r.Street.Length == 0 ? string.Empty : r.StreetNumber + " " + r.Street;

    private static void Part(string x, string y, double similar, ref int parts, ref int exact, ref int agree)
    {
        if (x.Length == 0 || y.Length == 0)
        {
            return;
        }

        parts++;
        if (string.Equals(x, y, StringComparison.Ordinal))
        {
            exact++;
            agree++;
        }
        else if (JaroWinkler.Similarity(x, y) >= similar)
        {
            agree++;
        }
    }
}
