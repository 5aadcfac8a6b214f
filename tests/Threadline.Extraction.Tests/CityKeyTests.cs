namespace Threadline.Extraction.Tests;

/// <summary>City names compared as places: the gazetteer's one key for every spelling.</summary>
public sealed class CityKeyTests
{
    [Theory]
    [InlineData("Antwerp", "Antwerpen")]
    [InlineData("Antwerp", "Anvers")]
    [InlineData("Brussels", "Bruxelles")]
    [InlineData("Köln", "Cologne")]
    [InlineData("València", "Valencia")]
    [InlineData("Den Haag", "The Hague")]
    public void Spellings_of_one_city_share_a_key(string a, string b)
    {
        Assert.StartsWith("geonames:", CityKeys.Key(a), StringComparison.Ordinal);
        Assert.Equal(CityKeys.Key(a), CityKeys.Key(b));
    }

    [Fact]
    public void Different_cities_and_unknown_names_keep_different_keys()
    {
        Assert.NotEqual(CityKeys.Key("Antwerp"), CityKeys.Key("Brussels"));
        Assert.Equal(CityKeys.Key("Nowhereville-sur-Mer"), CityKeys.Key("NOWHEREVILLE-SUR-MER"));
        Assert.DoesNotContain("geonames", CityKeys.Key("Nowhereville-sur-Mer"), StringComparison.Ordinal);
        Assert.Equal("", CityKeys.Key("  "));
    }
}
