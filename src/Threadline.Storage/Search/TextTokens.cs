using System.Globalization;
using System.Text;

namespace Threadline.Storage;

/// <summary>
/// How this engine cuts text into words, for the values it indexes and for the words of a query alike, so both sides
/// always agree: a word is a run of letters, digits (any script) and combining marks; everything else separates words
/// (<c>new-in</c> is <c>new</c>, <c>in</c>; <c>10:30</c> is <c>10</c>, <c>30</c>). Words are folded: accents of Latin
/// letters dropped (<c>Café</c> is <c>cafe</c>, <see cref="LatinFold"/>) and case ignored. This is what SQLite's <c>unicode61 remove_diacritics 2</c> tokenizer
/// does, done here rather than by PostgreSQL's parser, which keeps <c>tulip.example</c> or <c>a-b</c> as one token and
/// keeps accents unless an extension is installed (docs/adr/0005-postgres-layout.md).
/// </summary>
internal static class TextTokens
{
    /// <summary>Longest word kept, in characters: a longer one is cut (PostgreSQL keeps at most 2,047 bytes of a word).</summary>
    public const int MaxWordLength = 500;

    /// <summary>The words of a text, each with where it is (start and length in the text), in order.</summary>
    public static IEnumerable<(int Start, int Length)> Spans(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !IsWordAt(text, i, out _))
            {
                i += char.IsHighSurrogate(text[i]) && i + 1 < text.Length ? 2 : 1;
            }

            if (i >= text.Length)
            {
                yield break;
            }

            var start = i;
            while (i < text.Length && IsWordAt(text, i, out var width))
            {
                i += width;
            }

            yield return (start, i - start);
        }
    }

    /// <summary>The folded words of a text, in order.</summary>
    public static IEnumerable<string> Words(string text)
    {
        foreach (var (start, length) in Spans(text))
        {
            var word = Fold(text.AsSpan(start, length));
            if (word.Length > 0)
            {
                yield return word;
            }
        }
    }

    /// <summary>A word as indexed: Latin accents and combining marks dropped, lower case (invariant), at most <see cref="MaxWordLength"/> characters.</summary>
    public static string Fold(ReadOnlySpan<char> word)
    {
        string folded;
        if (Ascii.IsValid(word))
        {
            folded = string.Create(word.Length, word.ToString(), static (span, source) => Ascii.ToLower(source, span, out _));
        }
        else
        {
            // Accents: a precomposed Latin letter becomes its base letter; combining marks (text typed decomposed) go.
            var kept = new StringBuilder(word.Length);
            foreach (var rune in word.EnumerateRunes())
            {
                if (IsMark(Rune.GetUnicodeCategory(rune)))
                {
                    continue;
                }

                var folded1 = rune.IsBmp ? new Rune(LatinFold.Fold((char)rune.Value)) : rune;
                kept.Append(Rune.ToLowerInvariant(folded1).ToString());
            }

            folded = kept.ToString();
        }

        if (folded.Length > MaxWordLength)
        {
            var cut = MaxWordLength;
            if (char.IsHighSurrogate(folded[cut - 1]))
            {
                cut--;
            }

            folded = folded[..cut];
        }

        return folded;
    }

    private static bool IsWordAt(string text, int at, out int width)
    {
        if (Rune.DecodeFromUtf16(text.AsSpan(at), out var rune, out width) != System.Buffers.OperationStatus.Done)
        {
            width = 1;
            return false;
        }

        var category = Rune.GetUnicodeCategory(rune);
        return category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber
            or UnicodeCategory.PrivateUse
            || IsMark(category);
    }

    private static bool IsMark(UnicodeCategory category) =>
        category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
