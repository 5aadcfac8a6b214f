namespace Threadline.Extraction.Phones;

/// <summary>How one digit of a phone number was written.</summary>
[Flags]
internal enum UnitFlags : ushort
{
    None = 0,
    Plus = 1,
    Fullwidth = 2,
    Keycap = 4,
    Lookalike = 8,
    LetterO = 16,
    LetterL = 32,
    NumberWord = 64,
    Homophone = 128,
    Chinese = 256,
    Weak = 512,
    InvisibleBefore = 1024,

    /// <summary>The unit came from letters (a word or a letter for a digit): it forms a group of its own.</summary>
    FromLetters = 2048,

    /// <summary>Circled, parenthesised, full-stop, dingbat and other enclosed digit forms (①, ⑴, ⒈, ❶, ➀, ⑩).</summary>
    Enclosed = 4096,

    /// <summary>Superscript or subscript digits (⁴, ₄).</summary>
    Superscript = 8192,
}
