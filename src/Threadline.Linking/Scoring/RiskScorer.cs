using System.Globalization;

namespace Threadline.Linking.Scoring;

/// <summary>
/// The link parts of the network risk score, each tied to an indicator DOMAIN.md gives evidence
/// for; the weights are data (<see cref="RiskWeights"/>) and docs/scoring.md explains every one.
/// Structure (rotation, controller wording, women per phone, bookings) weighs more than phrases, as
/// the 2024 JHT study found structural signals strongest. The money part is added by the money run,
/// through the same <see cref="RiskScore.Compose"/>.
/// </summary>
internal static class RiskScorer
{
    /// <summary>Name of the part the money run fills in.</summary>
    public const string MoneyPart = "money_flows";

    public sealed record Input(
        IReadOnlyList<AdFeatures> Ads,
        int Personas,
        Movement Movement,
        int MaxPersonasPerPhone,
        double PhonesPerTemplate,
        int Phones,
        int LinkedBookings,
        int DistinctBookers);

    public static RiskScore Score(Input x, RiskWeights weights)
    {
        var n = Math.Max(1, x.Ads.Count);
        var parts = new List<RiskPart>();
        RiskPart Part(string name, double measured, double fraction, string why) => RiskPart.Of(weights, name, measured, fraction, why);
        var rotation = x.Movement.Pattern switch
        {
            RotationPattern.MultiCountryRotation => 1.0,
            RotationPattern.Rotation => 0.5,
            _ => 0.0,
        };
        parts.Add(Part("multi_country_rotation", x.Movement.Countries.Count, rotation, Inv(
            $"movement: {x.Movement.Pattern} across {x.Movement.Countries.Count} countries, {x.Movement.MovesPerMonth:F1} moves per month per person")));

        var controller = x.Ads.Count(a => a.ThirdPerson || a.FirstPersonPlural) / (double)n;
        parts.Add(Part("third_person_text", controller, controller / 0.6, Inv(
            $"{controller:P0} of ads written in the third person or first person plural (someone else writes them)")));

        var wpp = x.MaxPersonasPerPhone;
        parts.Add(Part("women_per_phone", wpp, (wpp - 1) / 4.0, Inv(
            $"up to {wpp} personas behind one phone or phones that share a woman")));

        var ppt = x.PhonesPerTemplate;
        parts.Add(Part("phones_per_template", ppt, (ppt - 1) / 3.0, Inv(
            $"{ppt:F1} phones per shared template on average ({x.Phones} phones in all: phones that change over time)")));

        var obfuscated = x.Ads.Count(a => a.ObfuscatedPhone) / (double)n;
        parts.Add(Part("obfuscated_phone", obfuscated, obfuscated / 0.5, Inv(
            $"{obfuscated:P0} of ads hide their phone number")));

        var ethnicity = x.Ads.Count(a => a.EthnicityEmphasis) / (double)n;
        parts.Add(Part("ethnicity_emphasis", ethnicity, ethnicity / 0.5, Inv(
            $"{ethnicity:P0} of ads emphasise ethnicity or nationality")));

        var bookings = x.LinkedBookings == 0 ? 0
            : x.LinkedBookings >= 2 && x.DistinctBookers <= Math.Max(1, (x.Personas + 1) / 2) ? 1.0 : 0.5;
        parts.Add(Part("bookings_by_few", x.LinkedBookings, bookings, Inv(
            $"{x.LinkedBookings} linked bookings made by {x.DistinctBookers} bookers for {x.Personas} personas")));

        var indicators = x.Ads.Count == 0 ? 0 : x.Ads.Average(a => Math.Min(1, a.IndicatorScore / 3.0));
        parts.Add(Part("indicator_phrases", indicators, indicators, Inv(
            $"mean ad indicator score {(x.Ads.Count == 0 ? 0 : x.Ads.Average(a => a.IndicatorScore)):F2} (phrases weighed by their evidence)")));

        // The money part belongs to every score, so that the parts always show the whole 100; the money
        // run replaces it with what the bank files show.
        parts.Add(Part(MoneyPart, 0, 0, "no bank accounts tied to this lead yet: the money run adds this part once bank files are ingested"));
        return RiskScore.Compose(parts, weights);
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
