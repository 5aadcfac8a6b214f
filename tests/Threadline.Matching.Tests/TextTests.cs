using Threadline.Matching.Text;

namespace Threadline.Matching.Tests;

public sealed class TextTests
{
    [Theory]
    [InlineData("Zhāng Wěi", "zhang wei")]
    [InlineData("ZHANG1 wei3", "zhang wei")]
    [InlineData("Lǚ Xiǎo-míng", "lu xiao ming")]
    [InlineData("Lü Xiaoming", "lu xiaoming")]
    [InlineData("Müller-Lüdenscheidt", "muller ludenscheidt")]
    [InlineData("O'Brien", "obrien")]
    [InlineData("Ｚｈａｎｇ", "zhang")]
    [InlineData("Zhang\u0301", "zhang")]
    [InlineData("  ", "")]
    public void Folds_names_to_comparable_keys(string name, string expected) => Assert.Equal(expected, NameFold.Key(name));

    [Fact]
    public void Street_numbers_keep_their_digits()
    {
        Assert.Equal("12a", NameFold.Plain("12A"));
        Assert.Equal("r2d2", NameFold.Plain("R2D2"));
        Assert.Equal("rd", NameFold.Key("R2D2"));
    }

    [Fact]
    public void Every_latin_letter_folds_to_one_lower_case_letter()
    {
        for (var c = '\u00C0'; c <= '\u017F'; c++)
        {
            if (c is '\u00D7' or '\u00F7')
            {
                Assert.Equal(' ', NameFold.Fold(c));
                continue;
            }

            Assert.True(NameFold.Fold(c) is >= 'a' and <= 'z', $"U+{(int)c:X4} folds to '{NameFold.Fold(c)}'");
        }
    }

    [Theory]
    [InlineData("xiaoming", "xiao ming")]
    [InlineData("zhangwei", "zhang wei")]
    [InlineData("ouyang", "ou yang")]
    [InlineData("chuang", "chuang")]
    [InlineData("xian", "xian")]
    public void Cuts_pinyin_into_syllables(string token, string expected) => Assert.Equal(expected, string.Join(' ', Pinyin.Split(token)!));

    [Theory]
    [InlineData("smith")]
    [InlineData("brown")]
    [InlineData("zh4ng")]
    [InlineData("")]
    public void Leaves_what_is_not_pinyin(string token) => Assert.Null(Pinyin.Split(token));

    [Theory]
    [InlineData("martha", "marhta", 0.9611)]
    [InlineData("dwayne", "duane", 0.8400)]
    [InlineData("dixon", "dicksonx", 0.8133)]
    [InlineData("abc", "abc", 1.0)]
    [InlineData("abc", "xyz", 0.0)]
    public void Jaro_winkler_matches_the_published_examples(string a, string b, double expected) =>
        Assert.Equal(expected, JaroWinkler.Similarity(a, b), 4);

    [Theory]
    [InlineData("kitten", "sitting", 3, 3)]
    [InlineData("ca", "ac", 2, 1)]
    [InlineData("19560409", "19560490", 2, 1)]
    [InlineData("abcdef", "uvwxyz", 2, 3)]
    [InlineData("", "abc", 5, 3)]
    public void Edit_distance_counts_transpositions_as_one_and_stops_at_the_cap(string a, string b, int cap, int expected) =>
        Assert.Equal(expected, EditDistance.Bounded(a, b, cap));
}
