using Threadline.Simulation.Core;

namespace Threadline.Simulation.Phones;

/// <summary>Phones in the writing styles: the default tricks plus the digit forms the default world never writes.</summary>
internal sealed partial class PhoneWriter
{
    private const string EnclosedDigits = "enclosed_digits";
    private const string SuperscriptDigits = "superscript_digits";
    private const string ChineseNumerals = "chinese_numerals";

    /// <summary>Mathematical sans-serif and monospace digits: reported as <c>lookalike</c>, like the default world's.</summary>
    private const string StyledLookalike = "styled_lookalike";

    /// <summary>
    /// Writes <paramref name="phone"/> for a styled ad: when hidden, circled and other enclosed digits, superscripts,
    /// mathematical digits, Chinese numerals (Chinese ads), keycaps, full-width digits, letters, or number words where the
    /// ad's language has them (en, fr, nl, es, de, it).
    /// </summary>
    public WrittenPhone WriteStyled(Rng rng, PhoneNumber phone, string adCountry, string language, double obfuscation) =>
        Write(rng, phone, adCountry, language, obfuscation, styled: true);

    private string PickStyledDigitStyle(Rng rng, string language)
    {
        var r = rng.NextDouble();
        var words = _lexicon.DigitWords.ContainsKey(language);
        return r switch
        {
            < 0.30 => EnclosedDigits,
            < 0.40 => SuperscriptDigits,
            < 0.50 => StyledLookalike,
            < 0.62 => "emoji_keycap",
            < 0.70 => "fullwidth",
            < 0.85 when string.Equals(language, "zh", StringComparison.Ordinal) => ChineseNumerals,
            < 0.85 => words ? "number_words" : EnclosedDigits,
            < 0.93 => "letter_o",
            _ => "letter_l",
        };
    }
}
