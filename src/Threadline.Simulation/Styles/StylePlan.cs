using Threadline.Simulation.Core;

namespace Threadline.Simulation.Styles;

/// <summary>
/// Which sentences of the style banks an ad uses: a persona's own words, or a network's, agency's or seller's template
/// (the same sentences with other slot values). Indices are taken modulo the bank's length in the language written.
/// </summary>
/// <param name="Style">The style (truth: <c>style</c>).</param>
/// <param name="Language">Main language of the text.</param>
/// <param name="Mix">A second language some sentences are written in (multilingual style), else null.</param>
/// <param name="MixedParts">Which parts are written in <paramref name="Mix"/>: title, open, describe, services, price, contact, close.</param>
/// <param name="Voice"><see cref="StyleVoice"/>.</param>
/// <param name="TitleRule"><c>free</c> (the language's titles), <c>agency</c> (the agency's), <c>site</c> (the site's convention).</param>
/// <param name="Title">Title pattern (free and agency rules).</param>
/// <param name="Open">Opening sentence of the voice.</param>
/// <param name="Describe">Description sentence (height, weight, measures).</param>
/// <param name="Services">Services sentence.</param>
/// <param name="Price">Price sentence.</param>
/// <param name="Contact">Contact line of the voice.</param>
/// <param name="Close">Closing word.</param>
/// <param name="Extras">Indicator phrases (new_in_town, availability_24_7, trustworthy).</param>
/// <param name="Stock">Stock phrases, by index in the bank of the language that has them.</param>
/// <param name="Agency">The agency's name, when it has one.</param>
/// <param name="TemplateId">Template id (networks, agencies, sold templates), else null.</param>
/// <param name="NewLines">Sentences on lines of their own rather than in one paragraph.</param>
internal sealed record StylePlan(
    string Style,
    string Language,
    string? Mix,
    IReadOnlyList<string> MixedParts,
    string Voice,
    string TitleRule,
    int Title,
    int Open,
    int Describe,
    int Services,
    int Price,
    int Contact,
    int Close,
    IReadOnlyList<string> Extras,
    IReadOnlyList<int> Stock,
    string? Agency,
    string? TemplateId,
    bool NewLines)
{
    private static readonly string[] ExtraNames = ["new_in_town", "availability_24_7", "trustworthy"];
    private static readonly string[] Parts = ["title", "open", "describe", "services", "price", "contact", "close"];

    /// <summary>A fresh plan; <paramref name="mix"/> non-null writes one to three parts in that language.</summary>
    public static StylePlan Create(Rng rng, string style, string language, string? mix, string voice, string titleRule, int stock, string? agency, string? templateId)
    {
        var mixed = new List<string>();
        if (mix is not null)
        {
            var n = rng.Between(1, 3);
            var start = rng.Next(Parts.Length);
            for (var k = 0; k < n; k++)
            {
                mixed.Add(Parts[(start + (k * 3)) % Parts.Length]);
            }
        }

        var extras = ExtraNames.Where(_ => rng.Chance(0.25)).ToList();
        var stockPicks = new List<int>();
        for (var k = 0; k < stock; k++)
        {
            var s = rng.Next(8);
            if (!stockPicks.Contains(s))
            {
                stockPicks.Add(s);
            }
        }

        return new StylePlan(style, language, mix, mixed, voice, titleRule, rng.Next(16), rng.Next(16), rng.Next(16), rng.Next(16), rng.Next(16), rng.Next(16), rng.Next(16),
            extras, stockPicks, agency, templateId, rng.Chance(0.4));
    }

    /// <summary>The same plan with one sentence changed: how people edit their own ads between posts.</summary>
    public StylePlan Edit(Rng rng) => rng.Next(4) switch
    {
        0 => this with { Describe = rng.Next(16) },
        1 => this with { Services = rng.Next(16) },
        2 => this with { Price = rng.Next(16) },
        _ => this with { Close = rng.Next(16) },
    };

    /// <summary>The language a part is written in.</summary>
    public string LanguageOf(string part) => Mix is not null && MixedParts.Contains(part) ? Mix : Language;
}
