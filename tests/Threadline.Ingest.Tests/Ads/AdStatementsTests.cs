using Threadline.Core.Statements;
using Threadline.Ingest.Ads;

namespace Threadline.Ingest.Tests.Ads;

public sealed class AdStatementsTests
{
    private static readonly AdRecord Ad = new(
        "rosegarden.example", "rg-1001", "https://rosegarden.example/ads/rg-1001",
        new DateTimeOffset(2026, 3, 1, 20, 15, 0, TimeSpan.Zero), "Antwerpen", "BE", "Nieuw", "Hallo", "0470 12 34 56",
        ["a.jpg", "b.jpg"], [new("age", "23")], "/data/export/ads.jsonl", 12);

    [Fact]
    public void Ids_are_the_same_on_every_machine()
    {
        Assert.Equal("ad-210e6a2f4ca709fcd6e5b96cd0c098fc", AdStatements.AdId("rosegarden.example", "rg-1001", "https://ignored"));
        Assert.Equal("ad-210e6a2f4ca709fcd6e5b96cd0c098fc", AdStatements.AdId(" RoseGarden.example ", "rg-1001", null));
        Assert.Equal("site-921f29856fa8c4a207f40ee7a62e2fd6", AdStatements.SiteId("Rosegarden.Example"));
        Assert.Equal("source-cd372fb85148700fa88095e3492d3f9f", AdStatements.SourceId("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    }

    [Fact]
    public void An_ad_without_site_id_is_identified_by_its_url()
    {
        Assert.Equal(AdStatements.AdId("s.example", null, "https://s.example/x"), AdStatements.AdId("s.example", null, "https://s.example/x"));
        Assert.NotEqual(AdStatements.AdId("s.example", null, "https://s.example/x"), AdStatements.AdId("s.example", null, "https://s.example/y"));
    }

    [Fact]
    public void Maps_an_ad_to_one_statement_per_value_with_provenance()
    {
        var statements = new List<Statement>();
        AdStatements.AddAd(Ad, "source-1", statements);

        Assert.Equal(
            ["site", "siteAdId", "url", "postedAt", "city", "country", "title", "body", "phoneRaw", "imageRef", "imageRef", "raw:age"],
            statements.Select(s => s.Property));
        Assert.All(statements, s =>
        {
            Assert.Equal("ad-210e6a2f4ca709fcd6e5b96cd0c098fc", s.EntityId);
            Assert.Equal("Advertisement", s.Schema);
            Assert.Equal("source-1", s.Source);
            Assert.Equal("ads.jsonl:12", s.Locator);
            Assert.Equal("ingest.ads", s.Producer);
            Assert.Equal("0.1.0", s.ProducerVersion);
            Assert.Equal(Ad.PostedAt, s.FirstSeen);
            Assert.Equal(Ad.PostedAt, s.LastSeen);
        });
        Assert.Equal("site-921f29856fa8c4a207f40ee7a62e2fd6", statements[0].Value);
        Assert.Equal("2026-03-01T20:15:00Z", statements[3].Value);
    }
}
