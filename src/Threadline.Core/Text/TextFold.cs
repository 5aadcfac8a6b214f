namespace Threadline.Core.Text;

/// <summary>
/// Folds accented Latin letters to their base letter (é → e, ß → s) without ICU, since the build runs
/// with invariant globalisation where Unicode normalisation is not available.
/// </summary>
public static class TextFold
{
    private const string From = "àáâãäåāăąçćĉċčďđèéêëēĕėęěĝğġģĥħìíîïĩīĭįıĵķĺļľŀłñńņňòóôõöøōŏőŕŗřśŝşšţťŧùúûüũūŭůűųŵýÿŷźżžß";
    private const string To = "aaaaaaaaacccccddeeeeeeeeegggghhiiiiiiiiijkllllnnnnnooooooooorrrsssstttuuuuuuuuuuwyyyzzzs";

    /// <summary>The lower-case base letter of <paramref name="c"/>.</summary>
    public static char Fold(char c)
    {
        var lower = char.ToLowerInvariant(c);
        var i = From.IndexOf(lower, StringComparison.Ordinal);
        return i >= 0 ? To[i] : lower;
    }
}
