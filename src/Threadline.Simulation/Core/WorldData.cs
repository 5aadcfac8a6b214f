namespace Threadline.Simulation.Core;

/// <summary>The fixed geography of the simulated market: countries, cities, sites, platforms (Data/world.json).</summary>
internal sealed class WorldData
{
    public required CountryInfo[] Countries { get; init; }

    public required CityInfo[] Cities { get; init; }

    public required SiteInfo[] Sites { get; init; }

    public required PlatformInfo[] Platforms { get; init; }

    public required RemitterInfo[] Remitters { get; init; }

    public required Dictionary<string, string[]> FirstNames { get; init; }

    public required Dictionary<string, string[]> LastNames { get; init; }

    public CountryInfo Country(string code)
    {
        foreach (var c in Countries)
        {
            if (string.Equals(c.Code, code, StringComparison.Ordinal))
            {
                return c;
            }
        }

        throw new KeyNotFoundException("unknown country " + code);
    }

    public CityInfo City(string name)
    {
        foreach (var c in Cities)
        {
            if (string.Equals(c.Name, name, StringComparison.Ordinal))
            {
                return c;
            }
        }

        throw new KeyNotFoundException("unknown city " + name);
    }
}

internal sealed class CountryInfo
{
    public required string Code { get; init; }

    /// <summary>ITU-T E.164 country calling code.</summary>
    public required string Cc { get; init; }

    /// <summary>National trunk prefix ("0"), empty where the country has none (ES, IT).</summary>
    public required string Trunk { get; init; }

    public required string[] Languages { get; init; }

    /// <summary>Leading digits of mobile national significant numbers valid in libphonenumber's metadata.</summary>
    public required string[] Mobile { get; init; }

    public required int MobileLength { get; init; }
}

internal sealed class CityInfo
{
    public required string Name { get; init; }

    public required string Local { get; init; }

    public required string Country { get; init; }

    /// <summary>Population in thousands (city proper, rounded): the weight of the city in the market.</summary>
    public required int Population { get; init; }

    public required string[] Streets { get; init; }
}

internal sealed class SiteInfo
{
    public required string Name { get; init; }

    /// <summary>jsonl, csv or html.</summary>
    public required string Format { get; init; }

    public required double Share { get; init; }

    /// <summary>Share of ads whose phone also appears in the site's phone field.</summary>
    public required double PhoneField { get; init; }

    public required string Company { get; init; }

    public required string Iban { get; init; }
}

internal sealed class PlatformInfo
{
    public required string Name { get; init; }

    public required string Kind { get; init; }

    public required string Company { get; init; }

    public required string Iban { get; init; }
}

internal sealed class RemitterInfo
{
    public required string Name { get; init; }

    public required string Iban { get; init; }
}
