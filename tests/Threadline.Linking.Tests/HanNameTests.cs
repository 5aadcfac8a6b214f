using Threadline.Linking.Personas;
using Threadline.Linking.Text;
using static Threadline.Linking.Tests.Ads;

namespace Threadline.Linking.Tests;

/// <summary>Names written in Han characters: read from where they stand (before the age), and spelt in pinyin for matching.</summary>
public sealed class HanNameTests
{
    [Fact]
    public void The_reading_table_loads_and_rejects_what_is_not_pinyin()
    {
        Assert.True(HanReadings.Count > 500, $"{HanReadings.Count} characters");
        Assert.True(HanReadings.TryGet('雨', out var yu) && yu is ["yu"]);
        Assert.True(HanReadings.TryGet('乐', out var le) && le.Length == 2);
        Assert.False(HanReadings.TryGet('女', out _));
        var bad = Assert.Throws<InvalidDataException>(() => HanReadings.Parse(new StringReader("# comment\n小\txiao\n雨\tyux\n"), "t.tsv"));
        Assert.Contains("t.tsv line 3", bad.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidDataException>(() => HanReadings.Parse(new StringReader("小\txiao\n小\txiao\n"), "t.tsv"));
        Assert.Throws<InvalidDataException>(() => HanReadings.Parse(new StringReader("x\txiao\n"), "t.tsv"));
    }

    [Fact]
    public void A_name_in_characters_has_the_pinyin_of_its_romanised_spellings()
    {
        Assert.Equal(["xiao yu"], HanReadings.Syllables("小雨"));
        Assert.Equal(NameVariants.Skeleton("Xiaoyu"), NameVariants.Skeleton("小雨"));
        Assert.Equal(NameVariants.Skeleton("Meiling"), NameVariants.Skeleton("美玲"));
        Assert.Contains("xiao yu", Romanisation.Readings("小雨"));
        Assert.Contains("xiao yu", Romanisation.Readings("Hsiao Yu"));
        Assert.Empty(HanReadings.Syllables("小姐"));      // 姐 "miss" is not a name character
        Assert.Empty(Romanisation.Readings("小雨Lina"));
        Assert.Equal(16, HanReadings.Syllables("乐乐乐乐").Length);   // a polyphone's readings, bounded
    }

    [Theory]
    [InlineData("温柔小雨，25岁 - Bruxelles", "温柔小雨", 25)]
    [InlineData("小雨 (25) 新到Bruxelles", "小雨", 25)]
    [InlineData("我是小姐小雨（32），在Gent等你。", "我是小姐小雨", 32)]
    [InlineData("Liège：美女小雨 25", "美女小雨", 25)]
    [InlineData("Agency推荐 小雨，25", "小雨", 25)]
    public void A_run_of_characters_before_an_age_is_a_unit(string text, string run, int age)
    {
        var units = new List<HanNames.Unit>();
        HanNames.Units(text, inTitle: true, units);
        var unit = Assert.Single(units, u => u.Age == age);
        Assert.Equal(run, unit.Run);
    }

    [Theory]
    [InlineData("身高180cm，体重52kg。")]
    [InlineData("24/7营业。服务24/7")]
    [InlineData("三围99-56-98。")]
    [InlineData("价格：每小时150欧元，过夜1000欧元。")]
    [InlineData("电话：0489 12 56 32")]
    [InlineData("Lina, 25 ans")]
    public void Figures_prices_phones_and_latin_names_are_not_units(string text)
    {
        var units = new List<HanNames.Unit>();
        HanNames.Units(text, inTitle: false, units);
        Assert.Empty(units);
    }

    [Fact]
    public void The_name_is_cut_from_the_template_words_before_it_by_what_precedes_it_across_the_ads()
    {
        // Six women, each advertised with the same four openings; the words before the name vary, the name does not.
        string[] women = ["小雨", "美玲", "月", "婷婷", "晓燕", "佳怡"];
        string[] openings = ["温柔{0}，{1}岁 - {2}", "美女{0}（{1}）本周在{2}。", "我是小姐{0}（{1}），在{2}等你。", "{0} ({1}) 新到{2}"];
        string[] cities = ["Antwerpen", "Gent", "Bruxelles"];
        var ads = new List<AdFeatures>();
        for (var w = 0; w < women.Length; w++)
        {
            for (var o = 0; o < openings.Length; o++)
            {
                var city = cities[(w + o) % cities.Length];
                var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, openings[o], women[w], 21 + w, city);
                ads.Add(Ad($"w{w}o{o}", phone: "+3247000000" + w, city: city) with { Title = text, Body = "身高165cm，体重50kg。半小时100欧元。" });
            }
        }

        var need = ads.Select(_ => true).ToList();
        var guessed = HanNames.Guess(ads, need);
        for (var w = 0; w < women.Length; w++)
        {
            for (var o = 0; o < openings.Length; o++)
            {
                var g = guessed[(w * openings.Length) + o];
                Assert.True(g is not null, $"{women[w]} opening {o}");
                Assert.Equal((women[w], 21 + w), g!.Value);
            }
        }

        // The same through the name hints the linker uses: Han ads had neither name nor age before.
        var (names, ages) = PersonHints.Guess(ads, 1);
        Assert.Equal(["小雨"], names[0]);
        Assert.Equal([21], ages[0]);
        Assert.Equal(["婷婷"], names[(3 * openings.Length) + 1]);
    }

    [Fact]
    public void An_ending_always_preceded_by_the_same_character_is_not_a_name()
    {
        // "体重52" on many ads: 重 is not a name character; "安静" before an age everywhere: 静 is, but only ever after 安.
        var ads = Enumerable.Range(0, 8)
            .Select(i => Ad("a" + i, phone: "+3247100000" + i) with { Title = "Gent", Body = $"温柔安静 {22 + i}。体重{50 + i}。" })
            .ToList();
        var guessed = HanNames.Guess(ads, [.. ads.Select(_ => true)]);
        Assert.All(guessed, g => Assert.Null(g));
    }

    [Fact]
    public void A_text_of_many_name_age_units_is_read_for_a_few_only()
    {
        var text = string.Concat(Enumerable.Range(0, 200).Select(i => $"小雨 {20 + (i % 30)}，"));
        var units = new List<HanNames.Unit>();
        HanNames.Units(text, inTitle: false, units);
        Assert.InRange(units.Count, 1, 8);
    }
}
