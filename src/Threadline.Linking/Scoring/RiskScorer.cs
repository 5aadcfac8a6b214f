using System.Globalization;

namespace Threadline.Linking.Scoring;

/// <summary>
/// The network risk score: a sum of capped parts, each tied to an indicator DOMAIN.md gives evidence
/// for; docs/scoring.md explains every weight. Structure (rotation, controller wording, women per
/// phone, bookings) weighs more than phrases, as the 2024 JHT study found structural signals strongest.
/// </summary>
internal static class RiskScorer
{
    public sealed record Input(
        IReadOnlyList<AdFeatures> Ads,
        int Personas,
        Movement Movement,
        int MaxPersonasPerPhone,
        double PhonesPerTemplate,
        int Phones,
        int LinkedBookings,
        int DistinctBookers);

    public static RiskScore Score(Input x)
    {
        var n = Math.Max(1, x.Ads.Count);
        var parts = new List<RiskPart>();
        var rotation = x.Movement.Pattern switch
        {
            RotationPattern.MultiCountryRotation => 1.0,
            RotationPattern.Rotation => 0.5,
            _ => 0.0,
        };
        parts.Add(new RiskPart("multi_country_rotation", x.Movement.Countries.Count, 22 * rotation, 22, Inv(
            $"movement: {x.Movement.Pattern} across {x.Movement.Countries.Count} countries, {x.Movement.MovesPerMonth:F1} moves per month per person")));

        var controller = x.Ads.Count(a => a.ThirdPerson || a.FirstPersonPlural) / (double)n;
        parts.Add(new RiskPart("third_person_text", controller, 15 * Math.Min(1, controller / 0.6), 15, Inv(
            $"{controller:P0} of ads written in the third person or first person plural (someone else writes them)")));

        var wpp = x.MaxPersonasPerPhone;
        parts.Add(new RiskPart("women_per_phone", wpp, 12 * Math.Clamp((wpp - 1) / 4.0, 0, 1), 12, Inv(
            $"up to {wpp} personas behind one phone")));

        var ppt = x.PhonesPerTemplate;
        parts.Add(new RiskPart("phones_per_template", ppt, 8 * Math.Clamp((ppt - 1) / 3.0, 0, 1), 8, Inv(
            $"{ppt:F1} phones per shared template on average ({x.Phones} phones in all: phones that change over time)")));

        var obfuscated = x.Ads.Count(a => a.ObfuscatedPhone) / (double)n;
        parts.Add(new RiskPart("obfuscated_phone", obfuscated, 10 * Math.Min(1, obfuscated / 0.5), 10, Inv(
            $"{obfuscated:P0} of ads hide their phone number")));

        var ethnicity = x.Ads.Count(a => a.EthnicityEmphasis) / (double)n;
        parts.Add(new RiskPart("ethnicity_emphasis", ethnicity, 8 * Math.Min(1, ethnicity / 0.5), 8, Inv(
            $"{ethnicity:P0} of ads emphasise ethnicity or nationality")));

        var bookings = x.LinkedBookings == 0 ? 0
            : x.LinkedBookings >= 2 && x.DistinctBookers <= Math.Max(1, x.Personas / 2) ? 1.0 : 0.5;
        parts.Add(new RiskPart("bookings_by_few", x.LinkedBookings, 15 * bookings, 15, Inv(
            $"{x.LinkedBookings} linked bookings made by {x.DistinctBookers} bookers for {x.Personas} personas")));

        var indicators = x.Ads.Average(a => Math.Min(1, a.IndicatorScore / 3.0));
        parts.Add(new RiskPart("indicator_phrases", indicators, 10 * indicators, 10, Inv(
            $"mean ad indicator score {x.Ads.Average(a => a.IndicatorScore):F2} (phrases weighed by their evidence)")));

        var total = Math.Round(parts.Sum(p => p.Points), 1);
        var top = parts.Where(p => p.Points > 0).OrderByDescending(p => p.Points).Take(3).Select(p => p.Name.Replace('_', ' ')).ToList();
        var summary = top.Count == 0
            ? "No risk indicators found in this group; a lead only if other information points to it."
            : Inv($"Lead for review (score {total:F0}/100), mainly: {string.Join(", ", top)}. Not a finding: verify before any action.");
        return new RiskScore { Total = total, Parts = parts.Select(p => p with { Points = Math.Round(p.Points, 2) }).ToList(), Summary = summary };
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
