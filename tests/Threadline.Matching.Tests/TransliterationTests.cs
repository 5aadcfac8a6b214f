using Threadline.Matching.Comparisons;
using Threadline.Matching.Records;
using Threadline.Matching.Text;

namespace Threadline.Matching.Tests;

public sealed class TransliterationTests
{
    private static PreparedRecord R(string? given = null, string? surname = null, string? full = null, string? email = null) =>
        new(new PersonRecord("x", given, surname, full, Email: email), 0);

    private static string NameLevel(PreparedRecord a, PreparedRecord b)
    {
        var c = new NameComparison();
        var l = c.Level(a, b);
        return l < 0 ? "null" : c.Levels[l];
    }

    [Theory]
    [InlineData("Chen Mei Ling", "Meiling CHEN")]
    [InlineData("Chen Mei Ling", "Chén Měilíng")]
    [InlineData("Meiling CHEN", "Chén Měilíng")]
    [InlineData("chen2 mei3 ling2", "Mei-Ling Chen")]
    [InlineData("CHÉN Měi-líng", "Ling Mei Chen")]
    public void Pinyin_with_or_without_tones_in_either_order_is_one_name(string a, string b)
    {
        var level = NameLevel(R(full: a), R(full: b));
        Assert.True(level is "exact" or "same names in another order or spacing", $"{a} / {b}: {level}");
    }

    [Fact]
    public void Split_fields_and_full_names_match_across_order()
    {
        Assert.Equal("same names in another order or spacing", NameLevel(R("Meiling", "Chen"), R(full: "Chen Mei Ling")));
        Assert.Equal("exact", NameLevel(R("Měilíng", "Chén"), R(full: "MEILING CHEN")));
        Assert.Equal("same names in another order or spacing", NameLevel(R("Měilíng", "Chén"), R(full: "CHEN MEILING")));
    }

    [Theory]
    [InlineData("Chang Wei", "Zhang Wei")]
    [InlineData("Wei Chang", "ZHANG Wěi")]
    [InlineData("Hsü Mei-ling", "Xu Meiling")]
    [InlineData("Kuo Hsiao-ming", "Guo Xiaoming")]
    [InlineData("Ch'in Li", "Qin Li")]
    [InlineData("Ts'ai Ying", "Cai Ying")]
    public void Wade_Giles_surnames_match_their_pinyin(string wadeGiles, string pinyin)
    {
        Assert.Equal("same names, Wade-Giles and pinyin spellings", NameLevel(R(full: wadeGiles), R(full: pinyin)));
        Assert.Equal("same names, Wade-Giles and pinyin spellings", NameLevel(R(full: pinyin), R(full: wadeGiles)));
    }

    [Fact]
    public void Wade_Giles_does_not_make_different_names_equal()
    {
        Assert.NotEqual("same names, Wade-Giles and pinyin spellings", NameLevel(R(full: "Chang Wei"), R(full: "Zhao Wei")));
        Assert.NotEqual("same names, Wade-Giles and pinyin spellings", NameLevel(R(full: "Anna Peeters"), R(full: "Anna Janssens")));
        Assert.Equal("different", NameLevel(R(full: "Hsü Mei-ling"), R(full: "Marc Dubois")));
    }

    [Fact]
    public void The_table_is_loaded_and_ambiguous_spellings_keep_both_readings()
    {
        Assert.True(WadeGiles.Count >= 50);
        Assert.Equal(["xu"], WadeGiles.Pinyin("hsu"));
        Assert.Equal(["zhang", "chang"], WadeGiles.Pinyin("chang"));
        Assert.Empty(WadeGiles.Pinyin("wang"));
        Assert.Equal("zhang", WadeGiles.Canonical("chang"));
    }

    [Fact]
    public void Blocking_puts_Wade_Giles_and_pinyin_spellings_together()
    {
        var run = PersonMatcher.Dedupe(
        [
            new PersonRecord("a", FullName: "Chang Wei", BirthDate: "19900101"),
            new PersonRecord("b", FullName: "Zhang Wei", BirthDate: "19910202"),
            new PersonRecord("c", FullName: "Anna Peeters", BirthDate: "19800303"),
            new PersonRecord("d", FullName: "Anna Peeters", BirthDate: "19800303"),
        ], new MatchOptions(RandomPairs: 100));
        Assert.Contains(run.Pairs, p => new[] { run.Records[p.A].Source.Id, run.Records[p.B].Source.Id }.Order().SequenceEqual(["a", "b"]));
    }

    [Theory]
    [InlineData("mei.chen@mail.cn", "mei.chen@mail.cn", 0)]
    [InlineData("mei.chen@mail.cn", "MeiChen+hotel@gmx.net", 1)]
    [InlineData("meichen88@mail.cn", "meichen89@gmx.net", 2)]
    [InlineData("mei.chen@mail.cn", "zhao.wei@mail.cn", 3)]
    [InlineData("mei.chen@mail.cn", null, -1)]
    public void Email_local_parts_are_compared(string a, string? b, int expected) =>
        Assert.Equal(expected, new EmailComparison().Level(R(email: a), R(email: b)));
}
