using Threadline.Simulation.Core;

namespace Threadline.Simulation.Text;

/// <summary>
/// Which sentence of each bank an ad uses, in one language and voice. A persona's own plan is its style;
/// a network's or agency's plan is its template (the same sentences with different slot values).
/// </summary>
internal sealed record TextPlan(
    string Language,
    string Voice,
    int Title,
    int Open,
    int Describe,
    int Services,
    int Price,
    int Contact,
    int Close,
    IReadOnlyList<string> Indicators,
    bool Ethnicity,
    bool NewLines,
    IReadOnlyList<string> Fragments,
    double FragmentRate,
    string? TemplateId)
{
    /// <summary>A fresh plan: indicator phrases drawn with the profile's rates.</summary>
    public static TextPlan Create(Rng rng, LanguagePack pack, string language, string voice, IReadOnlyDictionary<string, double> indicatorRates, IReadOnlyList<string> fragments, double fragmentRate, string? templateId)
    {
        var indicators = new List<string>();
        foreach (var name in Indicator.All)
        {
            if (string.Equals(name, "ethnicity", StringComparison.Ordinal))
            {
                continue;
            }

            if (indicatorRates.TryGetValue(name, out var p) && rng.Chance(p))
            {
                indicators.Add(name);
            }
        }

        var ethnicity = indicatorRates.TryGetValue("ethnicity", out var pe) && rng.Chance(pe);
        return new TextPlan(
            language,
            voice,
            PickWithNat(rng, pack.Title, ethnicity),
            PickWithNat(rng, pack.Open(voice), ethnicity),
            rng.Next(pack.Describe.Length),
            rng.Next(pack.Services.Length),
            rng.Next(pack.Price.Length),
            rng.Next(pack.Contact(voice).Length),
            rng.Next(pack.Close.Length),
            indicators,
            ethnicity,
            rng.Chance(0.4),
            fragments,
            fragmentRate,
            templateId);
    }

    /// <summary>The same plan with one sentence changed: how people edit their own ads between posts.</summary>
    public TextPlan Edit(Rng rng, LanguagePack pack) => rng.Next(4) switch
    {
        0 => this with { Describe = rng.Next(pack.Describe.Length) },
        1 => this with { Services = rng.Next(pack.Services.Length) },
        2 => this with { Price = rng.Next(pack.Price.Length) },
        _ => this with { Close = rng.Next(pack.Close.Length) },
    };

    private static int PickWithNat(Rng rng, string[] bank, bool withNat)
    {
        var start = rng.Next(bank.Length);
        for (var k = 0; k < bank.Length; k++)
        {
            var i = (start + k) % bank.Length;
            if (bank[i].Contains("{nat}", StringComparison.Ordinal) == withNat)
            {
                return i;
            }
        }

        return start;
    }
}

/// <summary>Indicator names (DOMAIN.md, "Indicator evidence"), in a fixed order.</summary>
internal static class Indicator
{
    public static readonly string[] All =
    [
        "new_in_town", "leaving_soon", "trustworthy", "youth", "screening", "restricted", "all_services", "availability_24_7", "incall", "ethnicity",
    ];
}
