using Threadline.Linking.Text;
using static Threadline.Linking.Tests.Ads;

namespace Threadline.Linking.Tests;

/// <summary>One woman's name in several scripts and spellings (issue 15, item 1), site title conventions, and the rule that a network is never one woman (item 7).</summary>
public sealed class NameVariantTests
{
    [Theory]
    [InlineData("Natalia", "Наталья")]
    [InlineData("Natalya", "Natalija")]
    [InlineData("Yulia", "Юлія")]
    [InlineData("Julia", "Iulia")]
    [InlineData("Ștefania", "Stefania")]
    [InlineData("Oksana", "Oxana")]
    [InlineData("Bianca", "Bianka")]
    [InlineData("Andreea", "Andreeа")] // the last letter is Cyrillic
    [InlineData("Małgorzata", "Malgorzata")]
    [InlineData("Xiao Yu", "Xiaoyu")]
    [InlineData("Andrea", "Andreea")]
    [InlineData("Elena", "Jelena")]
    [InlineData("Ekaterina", "Katerina")]
    [InlineData("Mǐn", "Min")] // pinyin tone marks
    [InlineData("Xuě", "Xue")]
    [InlineData("Lǜ", "Lu")]
    [InlineData("Sophie", "Sofie")] // ph = f
    [InlineData("Stephanie", "Stefanie")]
    [InlineData("Josephine", "Josefine")]
    [InlineData("小雨", "Xiaoyu")]
    [InlineData("美玲", "Mei-Ling")]
    public void Spellings_of_one_name_are_close(string a, string b) =>
        Assert.True(NameVariants.Close(NameVariants.Skeleton(a), NameVariants.Skeleton(b)), $"{NameVariants.Skeleton(a)} / {NameVariants.Skeleton(b)}");

    [Theory]
    [InlineData("Ana", "Ada")]
    [InlineData("Lina", "Nina")]
    [InlineData("Maria", "Marta")]
    [InlineData("Natalia", "Natascha")]
    [InlineData("小雨", "Xiaoyan")]
    [InlineData("Mei", "Min")]
    [InlineData("Svetlana", "Svitlana")] // a changed letter below 9 letters: two names (the price of "Maria" / "Marta")
    public void Different_names_are_not_close(string a, string b) =>
        Assert.False(NameVariants.Close(NameVariants.Skeleton(a), NameVariants.Skeleton(b)));

    [Fact]
    public void Spellings_under_one_number_with_one_age_are_one_persona_and_no_network()
    {
        // One independent woman writing her name three ways: before, three "women" made a network of one woman.
        string[] spellings = ["Natalia", "Наталья", "Natalya"];
        var ads = Enumerable.Range(0, 9).Select(i => Ad("a" + i, phone: "+32470000001", name: spellings[i % 3], day: i) with { Ages = [25] }).ToList();
        var r = Linker.Link(ads);
        Assert.Single(r.Personas);
        Assert.Empty(r.Networks);
    }

    [Fact]
    public void Close_spellings_with_different_ages_stay_two_women()
    {
        var ads = Enumerable.Range(0, 8).Select(i => Ad("a" + i, phone: "+32470000001", name: i % 2 == 0 ? "Anna" : "Ana", day: i) with { Ages = [i % 2 == 0 ? 22 : 31] }).ToList();
        var r = Linker.Link(ads);
        Assert.Equal(2, r.Personas.Count);
        Assert.Single(r.Networks);
    }

    [Fact]
    public void A_woman_split_by_a_missed_name_is_one_persona_not_a_network()
    {
        // Her named ads and ads that name nobody under two numbers of hers, in one city: nothing tells two women apart.
        var ads = Enumerable.Range(0, 6).Select(i => Ad("n" + i, phone: "+32470000001", name: "Lina", day: i) with { Ages = [24] })
            .Concat(Enumerable.Range(0, 4).Select(i => Ad("u" + i, phone: "+32470000001", email: "lina@mail.example", day: i)))
            .Concat(Enumerable.Range(0, 4).Select(i => Ad("v" + i, phone: "+32470000002", email: "lina@mail.example", day: i + 10)))
            .ToList();
        var r = Linker.Link(ads);
        Assert.Empty(r.Networks);
        Assert.Single(r.Personas);
    }

    [Fact]
    public void Two_named_women_behind_one_number_stay_a_network()
    {
        var ads = Enumerable.Range(0, 8).Select(i => Ad("a" + i, phone: "+32470000001", name: i % 2 == 0 ? "Lina" : "Mara", day: i) with { Ages = [i % 2 == 0 ? 22 : 29] }).ToList();
        var r = Linker.Link(ads);
        Assert.Equal(2, r.Personas.Count);
        Assert.Single(r.Networks);
    }

    [Theory]
    [InlineData("Yoyo, 27 - Barcelona", "Yoyo", 27)]
    [InlineData("Yoyo (27)", "Yoyo", 27)]
    [InlineData("Barcelona | Yoyo | 27", "Yoyo", 27)]
    [InlineData("Dulce Yoyo, 27 años - Barcelona", "Yoyo", 27)]
    [InlineData("Velvet Orchid - Yoyo, 27", "Yoyo", 27)]
    public void Site_title_conventions_give_the_name_and_age(string title, string name, int age)
    {
        // "Yoyo" is a common working name here: without the title convention a rarer capitalised word wins.
        var ads = Enumerable.Range(0, 10).Select(i => Ad("o" + i, phone: "+3247000000" + i) with { Title = "Yoyo " + Word(i + 50), Body = UniqueText() })
            .Append(Ad("x", phone: "+32471111111", city: "Barcelona") with { Title = title, Body = "Nueva belleza Zorbatrix en la ciudad. Dulce, discreta." })
            .ToList();
        var (names, ages) = PersonHints.Guess(ads, 1);
        Assert.Equal([name], names[^1]);
        Assert.Equal([age], ages[^1]);
    }

    [Theory]
    [InlineData("Lina 24/7 - Barcelona")]
    [InlineData("Lina, 0470 12 34 56")]
    public void A_figure_or_a_phone_in_a_title_is_no_age(string title)
    {
        var ads = Enumerable.Range(0, 10).Select(i => Ad("o" + i, phone: "+3247000000" + i) with { Title = "Lina " + Word(i + 50), Body = UniqueText() })
            .Append(Ad("x", phone: "+32471111111", city: "Barcelona") with { Title = title, Body = "Nouvelle en ville. Discrete." })
            .ToList();
        var (_, ages) = PersonHints.Guess(ads, 1);
        Assert.Empty(ages[^1]);
    }
}
