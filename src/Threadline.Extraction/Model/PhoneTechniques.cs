namespace Threadline.Extraction;

/// <summary>
/// Names of the ways a phone number can be written (same vocabulary as the simulator's truth, docs/extraction.md).
/// </summary>
public static class PhoneTechniques
{
    public const string National = "national";
    public const string International = "international";
    public const string International00 = "international_00";
    public const string InternationalNoPlus = "international_no_plus";
    public const string Grouped = "grouped";
    public const string Compact = "compact";
    public const string OddSeparators = "odd_separators";
    public const string SpacedDigits = "spaced_digits";
    public const string NumberWords = "number_words";
    public const string Homophones = "homophones";
    public const string ChineseNumerals = "chinese_numerals";
    public const string LetterO = "letter_o";
    public const string LetterL = "letter_l";
    public const string EmojiKeycap = "emoji_keycap";
    public const string Fullwidth = "fullwidth";
    public const string Lookalike = "lookalike";

    /// <summary>Circled, parenthesised, full-stop, dingbat and other enclosed digits (①④⑦, ⑴, ⒈, ❶, ➀, ⑫).</summary>
    public const string EnclosedDigits = "enclosed_digits";

    /// <summary>Superscript or subscript digits (⁰⁴⁷⁰, ₀₄₇₀).</summary>
    public const string SuperscriptDigits = "superscript_digits";
    public const string InvisibleChars = "invisible_chars";
    public const string Glued = "glued";
    public const string SplitTitleBody = "split_title_body";
    public const string SeveralNumbers = "several_numbers";
    public const string PhoneField = "phone_field";

    /// <summary>Given by a link to a messaging service (<c>wa.me/32470123456</c>) and missed in the text itself.</summary>
    public const string MessagingLink = "messaging_link";

    private static readonly HashSet<string> Hiding = new(StringComparer.Ordinal)
    {
        OddSeparators, SpacedDigits, NumberWords, Homophones, ChineseNumerals, LetterO, LetterL, EmojiKeycap,
        Fullwidth, Lookalike, EnclosedDigits, SuperscriptDigits, InvisibleChars, Glued, SplitTitleBody,
    };

    /// <summary>True when <paramref name="technique"/> hides the number from a plain search (an indicator in itself).</summary>
    public static bool IsObfuscation(string technique) => Hiding.Contains(technique);
}
