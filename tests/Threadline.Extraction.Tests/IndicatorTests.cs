namespace Threadline.Extraction.Tests;

public sealed class IndicatorTests
{
    [Theory]
    [InlineData("Lina est une jeune femme. Elle est très douce.", "third_person")]
    [InlineData("She is new here, her name is Lina", "third_person")]
    [InlineData("Zij is lief en ze ontvangt in Gent", "third_person")]
    [InlineData("Nous sommes trois filles chinoises", "first_person_plural")]
    [InlineData("Somos nosotras, chicas nuevas", "first_person_plural")]
    [InlineData("Wir sind neue Mädchen", "first_person_plural")]
    [InlineData("Very young student", "youth_language")]
    [InlineData("100% real photos, honest girl", "trustworthy")]
    [InlineData("New in town, leaving soon", "movement")]
    [InlineData("Disponible 24/7", "availability_24_7")]
    [InlineData("No hidden numbers", "client_screening")]
    [InlineData("Je reçois à l'hôtel", "hotel_or_rental")]
    public void Text_rules_hit_with_their_span(string body, string rule)
    {
        var r = Shared.Body(body);
        var hits = r.Indicators.Where(h => h.RuleId == rule).ToList();
        Assert.NotEmpty(hits);
        Assert.All(hits, hit => Assert.Equal(hit.Span.Text, body.Substring(hit.Span.Start, hit.Span.Length)));
    }

    [Fact]
    public void Score_is_the_sum_of_the_distinct_rules_hit()
    {
        var r = Shared.Body("Nous sommes deux filles chinoises. Elle est très jeune. Appelez zéro quatre 70 12 34 56");
        Assert.Contains(r.ScoreParts, p => p.Key == "first_person_plural");
        Assert.Contains(r.ScoreParts, p => p.Key == "third_person");
        Assert.Contains(r.ScoreParts, p => p.Key == "ethnicity_emphasis");
        Assert.Contains(r.ScoreParts, p => p.Key == "obscured_phone");
        Assert.Contains(r.ScoreParts, p => p.Key == "youth_language");
        Assert.Equal(r.ScoreParts.Sum(p => p.Value), r.IndicatorScore, 6);
        Assert.Equal(r.ScoreParts.Count, r.ScoreParts.Select(p => p.Key).Distinct().Count());
        var rules = Shared.Extractor.Rules.ToDictionary(x => x.Id);
        Assert.All(r.ScoreParts, p => Assert.Equal(rules[p.Key].Weight, p.Value));
    }

    [Fact]
    public void Movement_weighs_less_than_structural_signals()
    {
        var rules = Shared.Extractor.Rules.ToDictionary(x => x.Id);
        Assert.True(rules["movement"].Weight < rules["obscured_phone"].Weight);
        Assert.True(rules["movement"].Weight < rules["third_person"].Weight);
        Assert.True(rules["movement"].Weight < rules["first_person_plural"].Weight);
        Assert.Equal(0, rules["client_screening"].Weight);
        Assert.All(rules.Values, r => Assert.False(string.IsNullOrWhiteSpace(r.Evidence)));
    }

    [Fact]
    public void A_plain_ad_scores_zero()
    {
        var r = Shared.Body("Bonjour, je suis Lina. Massage relaxant. Tel 0470 12 34 56");
        Assert.Equal(0, r.IndicatorScore);
    }

    [Fact]
    public void A_stated_minor_is_flagged()
    {
        var r = Shared.Body("Lina, 16 ans");
        Assert.Contains(r.Indicators, h => h.RuleId == "stated_minor");
    }
}
