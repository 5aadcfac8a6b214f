namespace Threadline.Extraction.Tests;

/// <summary>
/// Who speaks in an ad, from the grammatical person (grammatical-person.tsv) rather than phrases: sentences written
/// here for the test in each language, none taken from the simulator's sentence banks.
/// </summary>
public sealed class VoiceTests
{
    [Theory]
    [InlineData("Ela chegou ontem a Lisboa e ela recebe só com marcação. Contacto por mensagem.")] // pt
    [InlineData("Ona przyjechała wczoraj, ona przyjmuje tylko po umówieniu. Zapraszam na wizytę w centrum.")] // pl
    [InlineData("Ea a ajuns ieri în oraș și ea primește doar cu programare.")] // ro
    [InlineData("Она приехала вчера и она принимает только по записи, звони заранее.")] // ru
    [InlineData("Вона приїхала вчора і вона приймає тільки за записом.")] // uk
    [InlineData("她昨天刚到，她只接受预约。")] // zh
    [InlineData("Sie kam gestern an und sie empfängt nur nach Termin. Rufen Sie an.")] // de: formal "Sie" too, still no "ich"
    public void She_more_often_than_I_is_the_third_person(string body)
    {
        var r = Shared.Body(body);
        Assert.Contains(r.Indicators, h => h.RuleId == "third_person" && h.Span.Text == body.Substring(h.Span.Start, h.Span.Length));
        Assert.DoesNotContain(r.Indicators, h => h.RuleId == "first_person_plural");
    }

    [Theory]
    [InlineData("Somos duas amigas em Lisboa, temos apartamento próprio e recebemos juntas.")] // pt
    [InlineData("Jesteśmy dwiema koleżankami, mamy własne mieszkanie i nasze ceny są stałe.")] // pl
    [InlineData("Suntem două prietene și avem apartament propriu, noi vă așteptăm.")] // ro
    [InlineData("Мы две подруги, мы принимаем вместе в своей квартире.")] // ru
    [InlineData("我们是两个新来的女孩，欢迎来找我们。")] // zh
    public void We_more_often_than_I_is_the_first_person_plural(string body) =>
        Assert.Contains(Shared.Body(body).Indicators, h => h.RuleId == "first_person_plural");

    [Theory]
    [InlineData("I am new in town, my place is quiet, call me. We can have dinner first.")] // en: "we" once, "I" four times
    [InlineData("Sou nova em Lisboa, eu recebo no meu apartamento, ligue-me.")] // pt
    [InlineData("Jestem nowa w mieście, mam własne mieszkanie, zadzwoń do mnie.")] // pl
    [InlineData("Я новенькая в городе, у меня своя квартира, мне можно писать.")] // ru
    [InlineData("我刚到这个城市，我有自己的公寓。")] // zh
    [InlineData("Ik ben nieuw in Gent, mijn kamer is rustig. We kunnen samen eten, ze zeggen dat ik lief ben.")] // nl: "we" and "ze" once each
    public void A_woman_writing_herself_is_in_neither_voice_whatever_phrases_look_like_another(string body)
    {
        var r = Shared.Body(body);
        Assert.DoesNotContain(r.Indicators, h => h.RuleId is "third_person" or "first_person_plural");
    }

    [Fact]
    public void A_controller_writing_call_me_under_she_is_still_the_third_person()
    {
        var r = Shared.Body("She is new in Antwerp, she is sweet and discreet. Call me for an appointment.");
        Assert.Contains(r.Indicators, h => h.RuleId == "third_person");
    }

    [Fact]
    public void A_word_is_read_in_the_ad_s_language_only()
    {
        // "ma" is "my" in French and "has" in Polish: a Polish ad about her is not a French woman writing herself.
        var r = Shared.Body("Ona ma dwadzieścia lat, ona przyjmuje w centrum i ona ma własne mieszkanie. Zapraszam.");
        Assert.Equal("pl", r.Language.Code);
        Assert.Contains(r.Indicators, h => h.RuleId == "third_person");
    }

    [Theory]
    [InlineData("Cześć, jestem nowa w mieście i bardzo lubię spotkania tylko dla ciebie", "pl")]
    [InlineData("Привет, я новая в городе и очень жду тебя здесь", "ru")]
    [InlineData("Привіт, я нова в місті і дуже чекаю на тебе тут", "uk")]
    public void Tells_polish_russian_and_ukrainian(string body, string language) => Assert.Equal(language, Shared.Body(body).Language.Code);
}
