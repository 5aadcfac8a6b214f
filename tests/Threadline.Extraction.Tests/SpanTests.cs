namespace Threadline.Extraction.Tests;

public sealed class SpanTests
{
    private const string Title = "Belle chinoise Lina 23 ans à Bruxelles 0470 12";
    private const string Body = "Elle est très jeune. Appelez le 34 56 ou zéro quatre sept un 65 43 21. Mail lina at example dot com, Telegram: @lina_22, www.example.com, 150€ 1h. Nous sommes 24/7 à l'hôtel.";

    [Fact]
    public void Every_hit_carries_a_span_that_points_at_its_text()
    {
        var r = Shared.Extractor.Extract(new AdText(Title, Body, "+32 470 12 34 56", "BE", "fr"));
        var spans = r.Phones.SelectMany(p => p.Spans)
            .Concat(r.Emails.Select(e => e.Span)).Concat(r.Handles.Select(h => h.Span)).Concat(r.Urls.Select(u => u.Span))
            .Concat(r.Ages.Select(a => a.Span)).Concat(r.Nationalities.Select(n => n.Span)).Concat(r.Cities.Select(c => c.Span))
            .Concat(r.Prices.Select(p => p.Span)).Concat(r.Indicators.Select(i => i.Span)).ToList();
        Assert.True(spans.Count >= 14, $"only {spans.Count} spans");
        foreach (var s in spans)
        {
            var text = s.Field switch { TextField.Title => Title, TextField.Body => Body, _ => "+32 470 12 34 56" };
            Assert.Equal(s.Text, text.Substring(s.Start, s.Length));
            Assert.False(string.IsNullOrEmpty(s.Text));
        }

        Assert.Equal(["+32470123456", "+32471654321"], r.Phones.Select(p => p.E164).Order(StringComparer.Ordinal).ToArray());
        var split = r.Phones.Single(p => p.E164 == "+32470123456");
        Assert.Contains(PhoneTechniques.SplitTitleBody, split.Techniques);
        Assert.Contains(PhoneTechniques.PhoneField, split.Techniques);
        Assert.Equal(3, split.Spans.Count);
        var words = r.Phones.Single(p => p.E164 == "+32471654321");
        Assert.Equal(["fr"], words.NumberWordLanguages);
        Assert.True(words.Obfuscated);
    }

    [Fact]
    public void Same_input_gives_the_same_output()
    {
        var a = Shared.Extractor.Extract(new AdText(Title, Body, null, "BE"));
        var b = Shared.Extractor.Extract(new AdText(Title, Body, null, "BE"));
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(a), System.Text.Json.JsonSerializer.Serialize(b));
    }
}
