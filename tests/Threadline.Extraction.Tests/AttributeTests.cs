namespace Threadline.Extraction.Tests;

public sealed class AttributeTests
{
    [Theory]
    [InlineData("Lina, 23 ans, douce", 23)]
    [InlineData("Ik ben 21 jaar", 21)]
    [InlineData("age: 25", 25)]
    [InlineData("Chiara, 24 anni", 24)]
    [InlineData("Lena 26 Jahre", 26)]
    [InlineData("Lucia, 22 años", 22)]
    public void Reads_stated_ages(string body, int years) => Assert.Equal(years, Assert.Single(Shared.Body(body).Ages).Years);

    [Theory]
    [InlineData("Belle chinoise à Bruxelles", "CN", "nationality")]
    [InlineData("Chinees meisje in Antwerpen", "CN", "nationality")]
    [InlineData("chica china en Barcelona", "CN", "nationality")]
    [InlineData("Hübsche Chinesin in Köln", "CN", "nationality")]
    [InlineData("ragazza cinese a Milano", "CN", "nationality")]
    [InlineData("Sweet Asian girl in Brussels", "CN", "ethnicity")]
    [InlineData("Jolie fille de l'Est", "RO", "ethnicity")]
    [InlineData("Hot latina new in town", "BR", "ethnicity")]
    public void Maps_nationality_and_ethnicity_terms_to_countries(string body, string country, string kind)
    {
        var hit = Assert.Single(Shared.Body(body).Nationalities);
        Assert.Contains(country, hit.Countries);
        Assert.Equal(kind, hit.Kind);
    }

    [Theory]
    [InlineData("Nouvelle à Bruxelles", 2800866, "BE")]
    [InlineData("Nieuw in Brussel", 2800866, "BE")]
    [InlineData("new in Brussels", 2800866, "BE")]
    [InlineData("Anvers centre", 2803138, "BE")]
    [InlineData("Antwerpen Centraal", 2803138, "BE")]
    [InlineData("Sexy in Den Haag", 2747373, "NL")]
    [InlineData("massage Liège", 2792413, "BE")]
    [InlineData("nur kurz in München", 2867714, "DE")]
    [InlineData("Neufchâteau ce week-end", 2790286, "BE")]
    public void Maps_city_names_in_any_language_to_the_gazetteer(string body, int geonameId, string country)
    {
        var hit = Assert.Single(Shared.Body(body).Cities);
        Assert.Equal(geonameId, hit.GeoNameId);
        Assert.Equal(country, hit.Country);
    }

    [Fact]
    public void Common_words_that_are_also_city_names_need_a_capital_and_a_preposition()
    {
        Assert.Empty(Shared.Body("Nice girl, best service, reading books").Cities);
        Assert.Equal(2990440, Assert.Single(Shared.Body("Sweet girl now in Nice").Cities).GeoNameId);
    }

    [Theory]
    [InlineData("150€ 30min", 150, "EUR", 30)]
    [InlineData("1h 200 euros", 200, "EUR", 60)]
    [InlineData("CHF 300 pro Stunde 1 Stunde", 300, "CHF", 60)]
    [InlineData("£120 per hour", 120, "GBP", null)]
    [InlineData("nuit 1500 EUR", 1500, "EUR", 720)]
    public void Reads_prices_with_currency_and_nearby_duration(string body, int amount, string currency, int? minutes)
    {
        var p = Shared.Body(body).Prices[0];
        Assert.Equal(amount, p.Amount);
        Assert.Equal(currency, p.Currency);
        Assert.Equal(minutes, p.DurationMinutes);
    }

    [Theory]
    [InlineData("Bonjour, je suis Lina, douce et câline. Appelle-moi pour un moment de détente.", "fr")]
    [InlineData("Hallo, ik ben Lotte en ik ontvang je in een privé appartement.", "nl")]
    [InlineData("Hello, I am Lina and I am waiting for your call.", "en")]
    [InlineData("Hola, soy Lucia, una chica muy dulce. Llámame para una cita.", "es")]
    [InlineData("Hallo, ich bin Lena und ich warte auf dich in der Stadt.", "de")]
    [InlineData("Ciao, sono Giulia e ti aspetto per un momento di relax.", "it")]
    [InlineData("新来的中国女孩温柔体贴欢迎光临服务好", "zh")]
    [InlineData("Salut, Camila ici. Pulpeuse et douce, 62kg. Quelques jours seulement à Paris.", "fr")]
    [InlineData("Chloe ti aspetta a Roma. Piccolina, capelli lunghi. Ricevo in appartamento privato.", "it")]
    [InlineData("Hi, new in town! Sweet Asian girl, 23 years old, available 24/7.", "en")]
    [InlineData("Hey, Andreea hier. Rondingen, 66kg. 24/7 beschikbaar. Prijzen: 30 min 110, 1 uur 150.", "nl")]
    public void Tells_the_language(string body, string language) => Assert.Equal(language, Shared.Body(body).Language.Code);

    [Fact]
    public void Short_text_falls_back_to_the_language_hint()
    {
        var r = Shared.Extractor.Extract(new AdText("Lina", "xx", null, "BE", "nl"));
        Assert.Equal("nl", r.Language.Code);
        Assert.True(r.Language.FromHint);
    }
}
