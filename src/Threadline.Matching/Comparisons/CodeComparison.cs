using System.Globalization;
using Threadline.Matching.Records;
using Threadline.Matching.Text;

namespace Threadline.Matching.Comparisons;

/// <summary>
/// A code (postcode, identity number, phone): exact, then up to 1, 2 … edits (typos and transpositions), then
/// different. With <c>suffix</c> set, only the last that many characters are compared (phones written nationally or
/// internationally).
/// </summary>
public sealed class CodeComparison : Comparison
{
    private readonly Func<PreparedRecord, string> _field;
    private readonly int _maxEdits;
    private readonly int _suffix;

    public CodeComparison(string name, Func<PreparedRecord, string> field, int maxEdits, int suffix = 0)
    {
        Name = name;
        _field = field ?? throw new ArgumentNullException(nameof(field));
        _maxEdits = maxEdits is >= 0 and <= 3 ? maxEdits : throw new ArgumentOutOfRangeException(nameof(maxEdits), maxEdits, "0-3");
        _suffix = suffix is >= 0 and <= 20 ? suffix : throw new ArgumentOutOfRangeException(nameof(suffix), suffix, "0-20");
        Levels = ["exact", .. Enumerable.Range(1, _maxEdits).Select(e => string.Create(CultureInfo.InvariantCulture, $"{e} edit{(e > 1 ? "s" : string.Empty)}")), "different"];
    }

    public override string Name { get; }

    public override IReadOnlyList<string> Levels { get; }

    public override int Level(PreparedRecord a, PreparedRecord b)
    {
        var x = Tail(_field(a));
        var y = Tail(_field(b));
        if (x.Length == 0 || y.Length == 0)
        {
            return -1;
        }

        if (string.Equals(x, y, StringComparison.Ordinal))
        {
            return 0;
        }

        var d = _maxEdits == 0 ? 1 : EditDistance.Bounded(x, y, _maxEdits);
        return d <= _maxEdits ? d : _maxEdits + 1;
    }

    private string Tail(string s) => _suffix > 0 && s.Length > _suffix ? s[^_suffix..] : s;
}
