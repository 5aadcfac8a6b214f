using Threadline.Linking.Text;
using static Threadline.Linking.Tests.Ads;

namespace Threadline.Linking.Tests;

/// <summary>Names guessed from ad text: cues that mark a name, and template slots that are not names.</summary>
public sealed class NameHintTests
{
    [Theory]
    [InlineData("Lin est une jeune asiatique de 37 ans. Massage Tantra offert.")]
    [InlineData("Je suis Lin, nouvelle. Massage Tantra offert.")]
    [InlineData("Lerne Lin kennen, süß und hübsch. Massage Tantra möglich.")]
    [InlineData("Lin wacht op je in Bruxelles. Massage Tantra.")]
    [InlineData("Hello, my name is Lin. Massage Tantra on request.")]
    public void A_name_that_a_cue_marks_wins_over_a_rarer_capitalised_word(string body)
    {
        // "Lin" is a common working name (in ten other ads); "Tantra" is rarer and never written in lower case,
        // so without the cue the rarest word would win.
        var ads = Enumerable.Range(0, 10).Select(i => Ad("o" + i, phone: "+3247000000" + i) with { Title = "Lin " + Word(i + 50), Body = UniqueText() })
            .Append(Ad("x", phone: "+32471111111") with { Title = "Douce à Bruxelles", Body = body })
            .ToList();
        var (names, _) = PersonHints.Guess(ads, 1);
        Assert.Equal(["Lin"], names[^1]);
    }

    [Fact]
    public void An_age_after_the_name_is_a_cue_but_a_bare_number_is_not()
    {
        var ads = Enumerable.Range(0, 10).Select(i => Ad("o" + i, phone: "+3247000000" + i) with { Title = "Lin " + Word(i + 50), Body = UniqueText() })
            .Append(Ad("x", phone: "+32471111111") with { Title = "Nouvelle", Body = "Massage Tantra. Tarifs 30 min. Lin 23 ans." })
            .Append(Ad("y", phone: "+32471111112") with { Title = "Nouvelle", Body = "Disponible Tantrix. Tarifs 30 min. Available 24 hours." })
            .ToList();
        var (names, ages) = PersonHints.Guess(ads, 1);
        Assert.Equal(["Lin"], names[^2]);
        Assert.Equal([23], ages[^2]);
        Assert.DoesNotContain("Tarifs", names[^1]);
        Assert.DoesNotContain("Available", names[^1]);
    }

    [Fact]
    public void An_age_after_a_plural_noun_does_not_make_it_a_name()
    {
        // An agency's template: "Wir sind junge Frauen, 23 Jahre" on every ad; "Frauen" is never written in lower case.
        string[] others = ["Nora", "Lea", "Iris", "Zoe", "Ava", "Luna", "Elif", "Ana", "Eva", "Ines"];
        var ads = others.Select((n, i) => Ad("o" + i, phone: "+4915100000" + i, city: "Köln") with { Title = "Neu mit " + n, Body = "Wir sind junge Frauen, 2" + i + " Jahre. Diskret." })
            .Append(Ad("x", phone: "+4915111111", city: "Köln") with { Title = "Neu in Köln mit Mia", Body = "Wir sind junge Frauen, 23 Jahre. Diskret." })
            .ToList();
        var (names, _) = PersonHints.Guess(ads, 1);
        Assert.Equal(["Mia"], names[^1]);
    }

    [Fact]
    public void A_slot_before_measurements_is_not_a_name_slot_but_one_before_words_is()
    {
        var pool = new System.Collections.Concurrent.ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        var ads = new[]
        {
            Ad("a", phone: "+32470000001") with { Body = "Petite 1m74, 83-66-78 natural. Call me." },
            Ad("b", phone: "+32470000001") with { Body = "Klein 1m74, 83-66-78 natural. Bel me." },
            Ad("c", phone: "+39340000001") with { Body = "Chloe ti aspetta a Roma. Chiamami." },
            Ad("d", phone: "+39340000001") with { Body = "Bruna ti aspetta a Roma. Chiamami." },
        };
        var slots = SlotNames.Find(ads, pool, 1);
        Assert.Empty(slots[0]);
        Assert.Empty(slots[1]);
        Assert.Contains("Chloe", slots[2]);
        Assert.Contains("Bruna", slots[3]);
    }

    [Fact]
    public void A_capitalised_word_in_the_body_of_an_ad_written_as_we_is_not_a_name()
    {
        // German nouns are never written in lower case: "Woche" in an agency's "Jede Woche neue Girls bei uns"
        // would otherwise be the rarest candidate on every one of its ads.
        var ads = Enumerable.Range(0, 10).Select(i => Ad("o" + i, phone: "+4915100000" + i, city: "Berlin") with { Title = "Neu mit " + Word(i + 50), Body = UniqueText() })
            .Append(Ad("x", phone: "+4915111111", city: "Berlin") with { Title = "Massage und mehr Berlin", Body = "Jede Woche neue Girls bei uns. Termin bei uns.", FirstPersonPlural = true })
            .Append(Ad("y", phone: "+4915111112", city: "Berlin") with { Title = "Massage und mehr Berlin", Body = "Wir sind neue Girls. Ich bin Mia, ruf an.", FirstPersonPlural = true })
            .ToList();
        var (names, _) = PersonHints.Guess(ads, 1);
        Assert.Empty(names[^2]);
        Assert.Equal(["Mia"], names[^1]);
    }

    [Theory]
    [InlineData("Ich bin Sonia, eine osteuropäische Frau, 20. Schlank, 157cm.", 20)]
    [InlineData("Hey! Sonia here, 21. Slim, 1m56, long hair.", 21)]
    [InlineData("Lerne Sonia kennen, 26, süß und hübsch.", 26)]
    [InlineData("Ik ben Sonia, een Roemeense meid van 24. Klein 1m70.", 24)]
    [InlineData("Ik ben Sonia. Open 24/7, 90-60-90, 1 uur 150.", 0)]
    [InlineData("Sonia, 1m57, 55kg. Prijzen: 30 min 60, 1 uur 120.", 0)]
    [InlineData("Beschikbaar 24 uur, 30 min. Sonia wacht op je.", 0)]
    [InlineData("Schöne rumänische Sonia +31 6 12345678, diskret.", 0)]
    [InlineData("Sonia 06 12 34 56 78 bel me.", 0)]
    [InlineData("Neu: Sonia 23, in Köln.", 23)]
    [InlineData("Douce Sonia à Paris 06 71 21", 0)]
    public void An_age_set_off_after_her_name_in_the_same_sentence_is_read(string body, int age)
    {
        var ads = new[] { Ad("x", phone: "+31612345678", name: "Sonia") with { Body = body } };
        var (_, ages) = PersonHints.Guess(ads, 1);
        Assert.Equal(age == 0 ? [] : [age], ages[0]);
    }

    [Fact]
    public void A_two_word_name_is_one_name_and_keeps_two_women_with_one_first_word_apart()
    {
        var ads = Enumerable.Range(0, 6).Select(i => Ad("o" + i, phone: "+3247000000" + i) with { Title = "Nouvelle " + Word(i + 50), Body = "Je suis Mei, douce. Massage." })
            .Append(Ad("a", phone: "+32471111111") with { Title = "Massage", Body = "Conoce a Xiao Mei, 35, dulce y guapa." })
            .Append(Ad("b", phone: "+32471111112") with { Title = "Massage", Body = "Découvrez Xiao Mei, 35 ans, douce et belle." })
            .Append(Ad("c", phone: "+32471111113") with { Title = "Massage", Body = "Conoce a Xiao Yu, 28, dulce y guapa." })
            .ToList();
        var (names, _) = PersonHints.Guess(ads, 1);
        Assert.Equal(["Xiao Mei"], names[^3]);
        Assert.Equal(["Xiao Mei"], names[^2]);
        Assert.Equal(["Xiao Yu"], names[^1]);
    }

    [Fact]
    public void A_hyphenated_name_is_one_name_and_its_spellings_meet_under_her_number()
    {
        // "Chia-Yi (24)" was read as "Yi": the tokenizer splits at the hyphen and the age marks the word before it.
        var ads = new List<AdFeatures>
        {
            Ad("a", phone: "+32470000001") with { Title = "Chia-Yi (24) nouvelle à Bruxelles", Body = "Nouvelle beauté Chia-Yi, 24 ans." },
            Ad("b", phone: "+32470000002") with { Title = "Mei-Ling (34) new in Barcelona", Body = "Beautiful lady Mei-Ling (34) is visiting." },
            Ad("c", phone: "+32470000003") with { Title = "Anne-Marie, 29 - Gent", Body = "Hallo, ik ben Anne-Marie." },
            Ad("d", phone: "+32470000004", city: "Gent") with { Title = "Gent-Zuid: Lina, 23", Body = "Hallo, ik ben Lina, nu in Gent-Zuid." },
        };
        var (names, _) = PersonHints.Guess(ads, 1);
        Assert.Equal(["Chia-Yi"], names[0]);
        Assert.Equal(["Mei-Ling"], names[1]);
        Assert.Equal(["Anne-Marie"], names[2]);
        Assert.Equal(["Lina"], names[3]);
        Assert.Equal(NameVariants.Skeleton("Mei Ling"), NameVariants.Skeleton(names[1][0]));
    }

    [Fact]
    public void A_name_that_is_also_a_lower_case_word_elsewhere_is_still_a_name_where_cues_mark_it_often()
    {
        // "Lin" is a working name; "lin" is also the pinyin of "huan ying guang lin", appended to many ads.
        var ads = Enumerable.Range(0, 8).Select(i => Ad("p" + i, phone: "+3247000001" + i) with { Title = "Massage " + Word(i + 70), Body = "huan ying guang lin. " + UniqueText() })
            .Concat(Enumerable.Range(0, 5).Select(i => Ad("l" + i, phone: "+3247000002" + i) with { Title = "Preciosa asiática", Body = "Lin es una chica asiática de 3" + i + " años. ¡Nueva en Barcelona!" }))
            .ToList();
        var (names, _) = PersonHints.Guess(ads, 1);
        Assert.All(Enumerable.Range(8, 5), i => Assert.Equal(["Lin"], names[i]));
    }

    [Fact]
    public void A_capitalised_word_on_many_ads_that_no_cue_ever_marks_is_vocabulary_not_a_name()
    {
        // "Privatwohnung" (a German noun) and "Lina" (a working name) each stand in many titles; only Lina is ever
        // marked as a name ("Ich bin Lina").
        var ads = Enumerable.Range(0, 40).Select(i => Ad("w" + i, phone: "+491510000" + i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture), city: "Berlin") with { Title = "Diskrete Privatwohnung", Body = UniqueText() })
            .Concat(Enumerable.Range(0, 40).Select(i => Ad("l" + i, phone: "+491520000" + i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture), city: "Berlin") with { Title = "Neue Lina in Berlin", Body = i == 0 ? "Ich bin Lina, ruf an." : UniqueText() }))
            .ToList();
        var (names, _) = PersonHints.Guess(ads, 1);
        Assert.All(Enumerable.Range(0, 40), i => Assert.Empty(names[i]));
        Assert.All(Enumerable.Range(40, 40), i => Assert.Equal(["Lina"], names[i]));
    }
    [Fact]
    public void An_ad_that_names_her_one_way_in_the_title_and_another_in_the_body_gives_both_names()
    {
        var ads = Enumerable.Range(0, 10).Select(i => Ad("o" + i, phone: "+3247000000" + i) with { Title = "Lin " + Word(i + 50), Body = UniqueText() })
            .Append(Ad("x", phone: "+34611500286", city: "Madrid") with { Title = "Зоя (28) nueva en Madrid", Body = "Hola caballeros, soy Zoe, tengo 28 años y acabo de llegar a Madrid." })
            .Append(Ad("y", phone: "+34611500287", city: "Madrid") with { Title = "Zoe (28) nueva en Madrid", Body = "Hola caballeros, soy Zoe, tengo 28 años y acabo de llegar a Madrid." })
            .Append(Ad("d", phone: "+34611500288", city: "Madrid") with { Title = "Duo Ana (25) y Eva (27)", Body = "Hola, somos dos amigas. Soy Ana, ella es Eva." })
            .ToList();
        var (names, ages) = PersonHints.Guess(ads, 1);
        Assert.Equal(["Зоя", "Zoe"], names[^3]);
        Assert.Equal([28], ages[^3]);
        Assert.Equal(["Zoe"], names[^2]);
        Assert.Single(names[^1]);
    }
}
