using System.Text.RegularExpressions;
using Threadline.Extraction.Data;

namespace Threadline.Extraction.Indicators;

/// <summary>
/// Applies the indicator rules of indicators.json. Each rule's patterns are joined into one regex compiled with
/// <see cref="RegexOptions.NonBacktracking"/> (linear time whatever the input), scanned once per field.
/// </summary>
internal sealed class IndicatorEngine
{
    private const RegexOptions Options = RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private const int MaxHitsPerField = 64;
    private readonly (IndicatorRuleData Rule, Regex Regex)[] _textRules;
    private readonly Dictionary<string, IndicatorRuleData> _computed = new(StringComparer.Ordinal);

    public IndicatorEngine(ExtractionData data)
    {
        var textRules = new List<(IndicatorRuleData, Regex)>();
        foreach (var rule in data.Rules)
        {
            if (rule.Computed is not null)
            {
                _computed[rule.Computed] = rule;
                continue;
            }

            if (rule.Patterns.Length == 0)
            {
                continue;
            }

            var joined = string.Join('|', rule.Patterns.Select(p => "(?:" + p.Pattern + ")"));
            textRules.Add((rule, new Regex(joined, Options)));
        }

        _textRules = [.. textRules];
    }

    public IReadOnlyCollection<IndicatorRuleData> Rules => [.. _textRules.Select(r => r.Rule), .. _computed.Values];

    public void Match(string text, TextField field, List<IndicatorHit> hits)
    {
        if (text.Length == 0)
        {
            return;
        }

        var count = 0;
        foreach (var (rule, regex) in _textRules)
        {
            foreach (var m in regex.EnumerateMatches(text))
            {
                if (m.Length == 0)
                {
                    continue;
                }

                hits.Add(new IndicatorHit(rule.Id, rule.Description, rule.Weight, rule.Evidence, new TextSpan(field, m.Index, m.Length, text.Substring(m.Index, m.Length))));
                if (++count >= MaxHitsPerField)
                {
                    return;
                }
            }
        }
    }

    /// <summary>Rules derived from other results: obscured phone, nationality terms, several phones, a stated minor.</summary>
    public void Computed(List<PhoneHit> phones, List<NationalityHit> nationalities, List<AgeHit> ages, List<IndicatorHit> hits)
    {
        if (_computed.TryGetValue("phone_obfuscated", out var r))
        {
            foreach (var p in phones)
            {
                if (p.Obfuscated)
                {
                    hits.Add(new IndicatorHit(r.Id, r.Description, r.Weight, r.Evidence, p.Spans[0]));
                }
            }
        }

        if (_computed.TryGetValue("nationality_term", out r))
        {
            foreach (var n in nationalities)
            {
                hits.Add(new IndicatorHit(r.Id, r.Description, r.Weight, r.Evidence, n.Span));
            }
        }

        if (_computed.TryGetValue("several_phones", out r) && phones.Count > 1)
        {
            hits.Add(new IndicatorHit(r.Id, r.Description, r.Weight, r.Evidence, phones[1].Spans[0]));
        }

        if (_computed.TryGetValue("age_under_18", out r))
        {
            foreach (var a in ages)
            {
                if (a.Years < 18)
                {
                    hits.Add(new IndicatorHit(r.Id, r.Description, r.Weight, r.Evidence, a.Span));
                }
            }
        }
    }
}
