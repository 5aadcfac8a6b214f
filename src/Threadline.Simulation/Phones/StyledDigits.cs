using System.Text;

namespace Threadline.Simulation.Phones;

/// <summary>
/// Digit forms of the writing styles (issue 15: "a whole family — enclosed/circled digits — was never read"). Each
/// number picks one family and writes its digits in it; a family without a zero borrows the circled one (⓪).
/// </summary>
internal static class StyledDigits
{
    // Circled ①, negative circled ❶, double circled ⓵, dingbat circled sans-serif ➀, its negative ➊, parenthesised ⑴, full stop ⒈.
    private static readonly (int One, int Zero)[] Enclosed =
    [
        (0x2460, 0x24EA), (0x2776, 0x24FF), (0x24F5, 0x24EA), (0x2780, 0x1F10B), (0x278A, 0x1F10C), (0x2474, 0x24EA), (0x2488, 0x1F100),
    ];

    private static readonly string[] Superscripts = ["⁰¹²³⁴⁵⁶⁷⁸⁹", "₀₁₂₃₄₅₆₇₈₉"];

    // Mathematical sans-serif, sans-serif bold and monospace digits.
    private static readonly int[] Mathematical = [0x1D7E2, 0x1D7EC, 0x1D7F6];

    private const string Chinese = "零一二三四五六七八九";

    public static int Families(string style) => style switch
    {
        "enclosed_digits" => Enclosed.Length,
        "superscript_digits" => Superscripts.Length,
        "styled_lookalike" => Mathematical.Length,
        _ => 2,
    };

    public static void Append(StringBuilder sb, string style, int family, int d)
    {
        switch (style)
        {
            case "enclosed_digits":
                var (one, zero) = Enclosed[family];
                sb.Append(char.ConvertFromUtf32(d == 0 ? zero : one + d - 1));
                break;
            case "superscript_digits":
                sb.Append(Superscripts[family][d]);
                break;
            case "styled_lookalike":
                sb.Append(char.ConvertFromUtf32(Mathematical[family] + d));
                break;
            default:
                sb.Append(d == 0 && family == 1 ? '〇' : Chinese[d]);
                break;
        }
    }
}
