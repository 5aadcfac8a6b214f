using System.Globalization;
using System.Text.RegularExpressions;
using Threadline.Extraction.Text;

namespace Threadline.Extraction.Attributes;

/// <summary>Stated ages and prices (with currency and nearby duration). Regexes are source-generated with a time limit.</summary>
internal static partial class AgePriceReader
{
    private const int Timeout = 250;

    private const string AgePattern = @"\b(?<n>\d{2})\s?(?:-\s?)?(?:ans|an|years?(?:[\s-]old)?|year-old|yrs|yo|y\.o\.?|jaar|jarige|j\.|años|anos|jahre|jährige|anni|lat)(?![\p{L}])|\b(?:age|âge|leeftijd|edad|alter|età|eta|ik ben|i'?m|i am|soy|tengo|ich bin|ho|sono)\s?:?\s?(?<n>\d{2})\b(?!\s?(?:cm|kg|€|euros?|min|h\b))";

    [GeneratedRegex(AgePattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, Timeout)]
    private static partial Regex AgeTimed();

    [GeneratedRegex(AgePattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex AgeUntimed();

    /// <summary>Untimed on text up to <see cref="InputGuard.UntimedPatternChars"/> (bounded quantifiers only: the worst case is bounded), timed beyond.</summary>
    internal static Regex AgeRegex(string text) => text.Length <= InputGuard.UntimedPatternChars ? AgeUntimed() : AgeTimed();

    private const string PricePattern = @"(?:(?<cur>€|£|\$|chf|eur)\s?(?<amt>\d{2,5}(?:[.,]\d{1,2})?)(?![\d.,]*\d))|(?:(?<amt>\d{2,5}(?:[.,]\d{1,2})?)\s?(?<cur>€|£|\$|euros?|eur|chf|gbp|pln|zł|ron|lei|czk|huf|dkk|sek|nok)(?!\p{L}))";

    [GeneratedRegex(PricePattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, Timeout)]
    private static partial Regex PriceTimed();

    [GeneratedRegex(PricePattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex PriceUntimed();

    /// <summary>Untimed on text up to <see cref="InputGuard.UntimedPatternChars"/> (bounded quantifiers only: the worst case is bounded), timed beyond.</summary>
    internal static Regex PriceRegex(string text) => text.Length <= InputGuard.UntimedPatternChars ? PriceUntimed() : PriceTimed();

    private const string DurationPattern = @"\b(?<n>\d{1,3})\s?(?<u>min|mins|minutes?|minuten|minuti|minutos|h|hr|hrs|hours?|heures?|uur|stunden?|std|ore|ora|horas?)(?!\p{L})|(?<night>\b(?:nuit|night|nacht|notte|noche|overnight)\b)|(?<half>\b(?:half an hour|half hour|demi-heure|half uur|halbe stunde|media hora|mezz'ora|mezzora)\b)";

    [GeneratedRegex(DurationPattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, Timeout)]
    private static partial Regex DurationTimed();

    [GeneratedRegex(DurationPattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex DurationUntimed();

    /// <summary>Untimed on text up to <see cref="InputGuard.UntimedPatternChars"/> (bounded quantifiers only: the worst case is bounded), timed beyond.</summary>
    internal static Regex DurationRegex(string text) => text.Length <= InputGuard.UntimedPatternChars ? DurationUntimed() : DurationTimed();

    public static void Ages(string text, TextField field, List<AgeHit> ages)
    {
        foreach (Match m in AgeRegex(text).Matches(text))
        {
            var g = m.Groups["n"];
            var years = int.Parse(g.ValueSpan, CultureInfo.InvariantCulture);
            if (years is >= 14 and <= 79 && ages.Count < 16)
            {
                ages.Add(new AgeHit(years, new TextSpan(field, m.Index, m.Length, m.Value)));
            }
        }
    }

    public static void Prices(string text, TextField field, List<PriceHit> prices)
    {
        MatchCollection? durations = null;
        foreach (Match m in PriceRegex(text).Matches(text))
        {
            if (prices.Count >= 32)
            {
                break;
            }

            var amountText = m.Groups["amt"].Value.Replace(',', '.');
            if (!decimal.TryParse(amountText, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount) || amount < 10)
            {
                continue;
            }

            var currency = Currency(m.Groups["cur"].Value);
            durations ??= DurationRegex(text).Matches(text);
            prices.Add(new PriceHit(amount, currency, Nearest(durations, m), new TextSpan(field, m.Index, m.Length, m.Value)));
        }
    }

    private static int? Nearest(MatchCollection durations, Match price)
    {
        int? best = null;
        var bestDistance = 40;
        foreach (Match d in durations)
        {
            var distance = d.Index >= price.Index + price.Length ? d.Index - (price.Index + price.Length) : price.Index - (d.Index + d.Length);
            if (distance < 0 || distance >= bestDistance)
            {
                continue;
            }

            var minutes = Minutes(d);
            if (minutes is not null)
            {
                best = minutes;
                bestDistance = distance;
            }
        }

        return best;
    }

    private static int? Minutes(Match d)
    {
        if (d.Groups["night"].Success)
        {
            return 720;
        }

        if (d.Groups["half"].Success)
        {
            return 30;
        }

        var n = int.Parse(d.Groups["n"].ValueSpan, CultureInfo.InvariantCulture);
        var u = d.Groups["u"].Value.ToLowerInvariant();
        var minutes = u.StartsWith("min", StringComparison.Ordinal) ? n : n * 60;
        return minutes is > 0 and <= 24 * 60 ? minutes : null;
    }

    private static string Currency(string c) => c.ToLowerInvariant() switch
    {
        "€" or "eur" or "euro" or "euros" => "EUR",
        "£" or "gbp" => "GBP",
        "$" => "USD",
        "chf" => "CHF",
        "pln" or "zł" => "PLN",
        "ron" or "lei" => "RON",
        "czk" => "CZK",
        "huf" => "HUF",
        "dkk" => "DKK",
        "sek" => "SEK",
        "nok" => "NOK",
        _ => c.ToUpperInvariant(),
    };
}
