using Threadline.Extraction;
using Threadline.Linking;

namespace Threadline.Application.Link;

/// <summary>
/// The one contract between extraction and linking: what an ad gives the linker. Used by the link job
/// (from the ad's statements), and by the tests and benchmarks that link straight from files (from an
/// extraction run in memory), so all three see the same features.
/// </summary>
public static class AdFeatureMapper
{
    private static readonly Lazy<IReadOnlySet<string>> StructuralRules = new(() =>
        new AdExtractor().Rules.Where(r => r.Structural).Select(r => r.Id).ToHashSet(StringComparer.Ordinal));

    /// <summary>Ids of the indicator rules the network score counts as structure (marked in indicators.json).</summary>
    public static IReadOnlySet<string> Structural => StructuralRules.Value;

    /// <summary>The linker's view of an ad from a fresh extraction of its text.</summary>
    /// <param name="ad">The ad's own fields, as ingested (<see cref="AdFeatures.AdId"/> … <see cref="AdFeatures.ImageRefs"/>).</param>
    /// <param name="extraction">What extraction found in it.</param>
    /// <param name="imageHashes">Perceptual hashes of its photos.</param>
    public static AdFeatures FromExtraction(AdFeatures ad, AdExtraction extraction, IReadOnlyList<ulong> imageHashes)
    {
        ArgumentNullException.ThrowIfNull(ad);
        ArgumentNullException.ThrowIfNull(extraction);
        var rules = extraction.Indicators.Select(h => h.RuleId).Distinct(StringComparer.Ordinal).ToList();
        var phrase = extraction.Indicators.Where(h => !Structural.Contains(h.RuleId)).GroupBy(h => h.RuleId, StringComparer.Ordinal).Sum(g => g.First().Weight);
        return WithIndicators(ad with
        {
            Language = extraction.Language.Code,
            Phones = extraction.Phones.Select(p => p.E164).Distinct(StringComparer.Ordinal).ToList(),
            Emails = extraction.Emails.Select(e => e.Address).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            Handles = extraction.Handles.Select(h => h.Service + ":" + h.Username).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            Ages = extraction.Ages.Select(a => a.Years).Distinct().ToList(),
            Nationalities = extraction.Nationalities.Select(n => n.Term).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            ImageHashes = imageHashes,
        }, rules, phrase);
    }

    /// <summary>The indicator rules an ad hit, with its phrase score (the weights of its non-structural rules) and the structural flags.</summary>
    public static AdFeatures WithIndicators(AdFeatures ad, IReadOnlyList<string> rules, double phraseScore)
    {
        ArgumentNullException.ThrowIfNull(ad);
        ArgumentNullException.ThrowIfNull(rules);
        return ad with
        {
            IndicatorRules = rules,
            IndicatorScore = phraseScore,
            ThirdPerson = rules.Contains(IndicatorIds.ThirdPerson),
            FirstPersonPlural = rules.Contains(IndicatorIds.FirstPersonPlural),
            ObfuscatedPhone = rules.Contains(IndicatorIds.ObscuredPhone),
            EthnicityEmphasis = rules.Contains(IndicatorIds.EthnicityEmphasis),
        };
    }
}
