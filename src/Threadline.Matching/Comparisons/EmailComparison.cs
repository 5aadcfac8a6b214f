using Threadline.Matching.Records;
using Threadline.Matching.Text;

namespace Threadline.Matching.Comparisons;

/// <summary>
/// E-mail addresses: the same address; the same local part at another provider ("mei.chen@mail.cn" /
/// "meichen+hotel@gmx.net": dots, dashes, underscores and a "+tag" do not count); local parts similar (Jaro-Winkler
/// ≥ 0.90, both at least 4 letters); different. Missing on either side: cannot compare.
/// </summary>
public sealed class EmailComparison : Comparison
{
    public override string Name => "email";

    public override IReadOnlyList<string> Levels { get; } =
    [
        "same address",
        "same local part",
        "local parts similar (JW >= 0.90)",
        "different",
    ];

    public override int Level(PreparedRecord a, PreparedRecord b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.EmailLocal.Length == 0 || b.EmailLocal.Length == 0)
        {
            return -1;
        }

        if (a.Email.Length > 0 && string.Equals(a.Email, b.Email, StringComparison.Ordinal))
        {
            return 0;
        }

        if (string.Equals(a.EmailLocal, b.EmailLocal, StringComparison.Ordinal))
        {
            return 1;
        }

        return a.EmailLocal.Length >= 4 && b.EmailLocal.Length >= 4 && JaroWinkler.Similarity(a.EmailLocal, b.EmailLocal) >= 0.90 ? 2 : 3;
    }
}
