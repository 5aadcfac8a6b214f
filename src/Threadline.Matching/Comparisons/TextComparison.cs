using System.Globalization;
using Threadline.Matching.Records;
using Threadline.Matching.Text;

namespace Threadline.Matching.Comparisons;

/// <summary>A free-text field (locality, address line, region): exact, then Jaro-Winkler bands, then different.</summary>
public sealed class TextComparison : Comparison
{
    private readonly Func<PreparedRecord, string> _field;
    private readonly double[] _bands;

    /// <param name="name">Comparison name.</param>
    /// <param name="field">The folded field.</param>
    /// <param name="bands">Jaro-Winkler thresholds, strictly decreasing, each in (0, 1).</param>
    public TextComparison(string name, Func<PreparedRecord, string> field, params double[] bands)
    {
        Name = name;
        _field = field ?? throw new ArgumentNullException(nameof(field));
        _bands = bands ?? [];
        for (var i = 0; i < _bands.Length; i++)
        {
            if (_bands[i] is <= 0 or >= 1 || (i > 0 && _bands[i] >= _bands[i - 1]))
            {
                throw new ArgumentException("bands must be strictly decreasing thresholds in (0, 1)", nameof(bands));
            }
        }

        Levels = ["exact", .. _bands.Select(t => string.Create(CultureInfo.InvariantCulture, $"similar (JW >= {t:0.00})")), "different"];
    }

    public override string Name { get; }

    public override IReadOnlyList<string> Levels { get; }

    public override int Level(PreparedRecord a, PreparedRecord b)
    {
        var x = _field(a);
        var y = _field(b);
        if (x.Length == 0 || y.Length == 0)
        {
            return -1;
        }

        if (string.Equals(x, y, StringComparison.Ordinal))
        {
            return 0;
        }

        if (_bands.Length > 0)
        {
            var s = JaroWinkler.Similarity(x, y);
            for (var i = 0; i < _bands.Length; i++)
            {
                if (s >= _bands[i])
                {
                    return i + 1;
                }
            }
        }

        return _bands.Length + 1;
    }
}
