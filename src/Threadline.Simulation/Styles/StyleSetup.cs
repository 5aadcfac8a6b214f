using System.Globalization;
using Threadline.Simulation.Actors;
using Threadline.Simulation.Core;

namespace Threadline.Simulation.Styles;

/// <summary>
/// The choices a styled group makes once: names, languages and plans. Each actor generator calls these when its group
/// has a style (<see cref="WorldContext.Style"/>); the default world never does.
/// </summary>
internal static class StyleSetup
{
    public const string AgencyNamed = "agency_named";
    public const string FirstPerson = "first_person";
    public const string Rotation = "rotation";
    public const string SiteTitles = "site_titles";
    public const string Multilingual = "multilingual";
    public const string NameScripts = "name_scripts";
    public const string Adversarial = "adversarial";

    /// <summary>Names come from the style book (several forms) in these styles; the others keep the default working names.</summary>
    public static bool OwnNames(string style) => style is Multilingual or NameScripts;

    /// <summary>A name for a woman of <paramref name="origin"/>: from the style book in the styles that write names in several forms, else <paramref name="fallback"/>.</summary>
    public static StyledName Name(WorldContext ctx, Rng rng, string style, string origin, string fallback)
    {
        if (!OwnNames(style))
        {
            return new StyledName(fallback, null);
        }

        var book = ctx.StyleBook;
        var entries = book.Names.TryGetValue(origin, out var e) ? e : book.Names["local"];
        var forms = rng.Pick(entries);
        return new StyledName(forms[0], forms);
    }

    /// <summary>An invented agency name ("Velvet Orchid Escorts").</summary>
    public static string AgencyName(WorldContext ctx, Rng rng)
    {
        var word = rng.Pick(ctx.StyleBook.AgencyWords);
        var name = rng.Pick(ctx.StyleBook.AgencyNames);
        return word.Length == 0 ? name : name + " " + word;
    }

    /// <summary>Languages a woman of <paramref name="origin"/> may write in besides the local ones.</summary>
    public static IReadOnlyList<string> OriginLanguages(WorldContext ctx, string origin) =>
        ctx.StyleBook.LanguagesByOrigin.TryGetValue(origin, out var l) ? l : [];

    /// <summary>
    /// The language an ad is written in and the one mixed into it: in the multilingual style a woman of a foreign origin
    /// mostly writes in her own language with the local one (or English) mixed in; a local woman mixes in English.
    /// </summary>
    public static (string Language, string? Mix) Languages(WorldContext ctx, Rng rng, string style, string origin, string local)
    {
        if (style != Multilingual)
        {
            return (local, null);
        }

        var own = OriginLanguages(ctx, origin);
        var mixes = rng.Chance(ctx.StyleBook.MixShare);
        if (own.Count > 0 && rng.Chance(0.7))
        {
            var language = rng.Pick(own);
            var second = rng.Chance(0.5) && local != language ? local : "en";
            return (language, mixes && second != language ? second : null);
        }

        var other = own.Count > 0 ? rng.Pick(own) : "en";
        return (local, mixes && other != local ? other : null);
    }

    /// <summary>An independent's own words in a style; adversarial independents buy a seller's template or add stock phrases.</summary>
    public static StylePlan Independent(WorldContext ctx, Rng rng, string style, string language, string? mix)
    {
        var titles = style == SiteTitles ? "site" : "free";
        if (style == Adversarial)
        {
            var book = ctx.StyleBook;
            if (rng.Chance(book.SoldShare))
            {
                return SoldTemplate(ctx, language, rng.Next(book.SoldTemplates));
            }

            return StylePlan.Create(rng, style, language, null, StyleVoice.First, titles, rng.Between(book.StockPhrases[0], book.StockPhrases[1]), null, null);
        }

        return StylePlan.Create(rng, style, language, mix, StyleVoice.First, titles, 0, null, null);
    }

    /// <summary>
    /// A template a seller offers to many unrelated advertisers (adversarial style): the same for every buyer of one
    /// world, by language and number; half of them are written in the third person, as agencies write.
    /// </summary>
    public static StylePlan SoldTemplate(WorldContext ctx, string language, int k)
    {
        var rng = Rng.For(ctx.Options.Seed, "sold-template:" + language, k);
        var voice = rng.Chance(0.5) ? StyleVoice.Third : StyleVoice.First;
        var book = ctx.StyleBook;
        return StylePlan.Create(rng, Adversarial, language, null, voice, "free", rng.Between(book.StockPhrases[0], book.StockPhrases[1]), null,
            "x-" + language + "-" + k.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>An agency's template: agency_named presents each woman by name under the agency's name; other styles keep the third person.</summary>
    public static StylePlan Agency(Rng rng, string style, string language, string? mix, string agency, string templateId)
    {
        var voice = style == AgencyNamed ? StyleVoice.Agency : StyleVoice.Third;
        var titles = style switch
        {
            AgencyNamed => "agency",
            SiteTitles => "site",
            _ => "free",
        };
        return StylePlan.Create(rng, style, language, mix, voice, titles, 0, agency, templateId);
    }

    /// <summary>A network's template: the women's first person in first_person, else mostly the third person.</summary>
    public static StylePlan Network(Rng rng, string style, string language, string? mix, string templateId)
    {
        var voice = style == FirstPerson || rng.Chance(0.25) ? StyleVoice.First : StyleVoice.Third;
        return StylePlan.Create(rng, style, language, mix, voice, style == SiteTitles ? "site" : "free", 0, null, templateId);
    }
}
