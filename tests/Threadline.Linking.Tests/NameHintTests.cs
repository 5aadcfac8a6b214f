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
}
