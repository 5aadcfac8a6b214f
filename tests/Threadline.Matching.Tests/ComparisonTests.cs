using Threadline.Matching.Comparisons;
using Threadline.Matching.Records;

namespace Threadline.Matching.Tests;

public sealed class ComparisonTests
{
    private static PreparedRecord R(string? given = null, string? surname = null, string? full = null, string? dob = null, string? number = null, string? street = null, string? phone = null) =>
        new(new PersonRecord("x", given, surname, full, dob, number, street, Phone: phone), 0);

    private static string NameLevel(PreparedRecord a, PreparedRecord b)
    {
        var c = new NameComparison();
        var l = c.Level(a, b);
        return l < 0 ? "null" : c.Levels[l];
    }

    [Fact]
    public void Pinyin_names_match_with_or_without_tones_and_in_either_order()
    {
        Assert.Equal("exact", NameLevel(R("Wěi", "Zhāng"), R("wei3", "ZHANG1")));
        Assert.Equal("same names in another order or spacing", NameLevel(R("Wei", "Zhang"), R("Zhang", "Wei")));
        Assert.Equal("same names in another order or spacing", NameLevel(R(full: "Zhang Xiaoming"), R("Xiao-Ming", "Zhang")));
        Assert.Equal("same names in another order or spacing", NameLevel(R(full: "Xiǎomíng Zhāng"), R(full: "ZHANG Xiao Ming")));
    }

    [Fact]
    public void Name_levels_from_exact_to_different()
    {
        Assert.Equal("exact", NameLevel(R("Anna", "Peeters"), R("anna", "peeters")));
        Assert.Equal("both names similar (JW >= 0.92)", NameLevel(R("Jon", "Peeters"), R("John", "Peeters")));
        Assert.Equal("one name equal, the other missing", NameLevel(R("Anna", null), R("Anna", "Peeters")));
        Assert.Equal("one name equal or similar, the other different", NameLevel(R("Anna", "Peeters"), R("Anna", "Janssens")));
        Assert.Equal("different", NameLevel(R("Anna", "Peeters"), R("Marc", "Dubois")));
        Assert.Equal("null", NameLevel(R(), R("Anna", "Peeters")));
        Assert.Equal("null", NameLevel(R("Anna", null), R(null, "Peeters")));
    }

    [Fact]
    public void A_single_shared_pinyin_syllable_is_not_a_reordered_name()
    {
        Assert.NotEqual("same names in another order or spacing", NameLevel(R("Wei", null), R(null, "Wei")));
    }

    [Theory]
    [InlineData("19560409", "19560409", 0)]
    [InlineData("19560409", "19560490", 1)]
    [InlineData("19560409", "19560904", 1)]
    [InlineData("19560409", "19561201", 2)]
    [InlineData("19560409", "19710409", 3)]
    [InlineData("19560409", "", -1)]
    public void Birth_date_levels(string a, string b, int expected) =>
        Assert.Equal(expected, new BirthDateComparison().Level(R(dob: a), R(dob: b)));

    [Theory]
    [InlineData("7", "wallaby place", "7", "wallaby place", 0)]
    [InlineData("7", "wallaby place", "7", "walaby place", 1)]
    [InlineData("7", "wallaby place", "9", "wallaby place", 2)]
    [InlineData("7", "wallaby place", "7", "wallsend close", 3)]
    [InlineData("7", "wallaby place", "9", "hoseason street", 4)]
    [InlineData("7", "", "7", "wallaby place", -1)]
    public void Street_levels(string n1, string s1, string n2, string s2, int expected) =>
        Assert.Equal(expected, new StreetComparison().Level(R(number: n1, street: s1), R(number: n2, street: s2)));

    [Fact]
    public void Phones_compare_on_their_last_nine_digits()
    {
        var c = new CodeComparison("phone", r => r.Phone, 1, suffix: 9);
        Assert.Equal(0, c.Level(R(phone: "+32 470 12 34 56"), R(phone: "0470/12.34.56")));
        Assert.Equal(1, c.Level(R(phone: "0470123456"), R(phone: "0470123465")));
        Assert.Equal(2, c.Level(R(phone: "0470123456"), R(phone: "0499887766")));
    }

    [Fact]
    public void Text_bands_must_decrease()
    {
        Assert.Throws<ArgumentException>(() => new TextComparison("x", r => r.Locality, 0.8, 0.9));
        Assert.Equal(["exact", "similar (JW >= 0.90)", "similar (JW >= 0.80)", "different"], new TextComparison("x", r => r.Locality, 0.9, 0.8).Levels);
    }
}
