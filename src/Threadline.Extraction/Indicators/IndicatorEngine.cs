using System.Text.RegularExpressions;
using Threadline.Extraction.Data;

namespace Threadline.Extraction.Indicators;

/// <summary>
/// Applies the indicator rules of indicators.json: one regex per rule, run on the folded text (lower case, no accents,
/// same offsets). Rules are compiled with <see cref="RegexOptions.NonBacktracking"/> (linear in the text); a rule whose
/// automaton is too large for that engine falls back to compiled backtracking with <see cref="MatchTimeout"/>, after
/// which that field's remaining rules are skipped with a note.
/// </summary>
internal sealed class IndicatorEngine
{
    // Patterns run on folded text (lower case, no accents: see TextFold), so no IgnoreCase is needed; offsets are the same.
    private const RegexOptions Options = RegexOptions.Compiled | RegexOptions.CultureInvariant;

    /// <summary>Longest time one rule may spend on one field.</summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);
    private const int MaxHitsPerField = 64;
    private readonly IndicatorRuleData[] _textRules;
    private readonly Regex[] _regexes;
    private readonly Dictionary<string, IndicatorRuleData> _computed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IndicatorRuleData> _byId = new(StringComparer.Ordinal);

    public IndicatorEngine(ExtractionData data)
    {
        var textRules = new List<IndicatorRuleData>();
        var alternatives = new List<string>();
        foreach (var rule in data.Rules)
        {
            _byId.TryAdd(rule.Id, rule);
            if (rule.Computed is not null)
            {
                _computed[rule.Computed] = rule;
                continue;
            }

            if (rule.Patterns.Length == 0)
            {
                continue;
            }

            var joined = string.Join('|', rule.Patterns.Select(p => "(?:" + FoldPattern(p.Pattern) + ")"));
            alternatives.Add(joined);
            textRules.Add(rule);
        }

        _textRules = [.. textRules];
        _regexes = [.. alternatives.Select(Build)];
    }

    public IReadOnlyCollection<IndicatorRuleData> Rules => [.. _textRules, .. _computed.Values];

    /// <summary>
    /// NonBacktracking (linear in the text, no timeout needed) when the automaton fits the engine's size limit, which it
    /// does for folded ASCII patterns; otherwise compiled backtracking with the timeout.
    /// </summary>
    private static Regex Build(string pattern)
    {
        try
        {
            // Linear in the text by construction; a timeout would only add its per-match and per-step checks.
            return new Regex(pattern, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, Regex.InfiniteMatchTimeout);
        }
        catch (NotSupportedException)
        {
            return new Regex(pattern, Options | RegexOptions.ExplicitCapture, MatchTimeout);
        }
    }

    /// <summary>Folds the letters of a pattern like the text (escapes such as \b, \s, \B kept as written).</summary>
    internal static string FoldPattern(string pattern)
    {
        var sb = new System.Text.StringBuilder(pattern.Length);
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                sb.Append(c).Append(pattern[++i]);
                continue;
            }

            sb.Append(Text.TextFold.Fold(c));
        }

        return sb.ToString();
    }

    /// <summary>Adds the rule hits in <paramref name="text"/> (original) found in <paramref name="folded"/> (same length); false (and a partial result) when the time limit was reached.</summary>
    public bool Match(string text, string folded, TextField field, List<IndicatorHit> hits)
    {
        try
        {
            MatchAll(text, folded, field, hits);
            return true;
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private void MatchAll(string text, string folded, TextField field, List<IndicatorHit> hits)
    {
        if (text.Length == 0)
        {
            return;
        }

        var count = 0;
        for (var r = 0; r < _regexes.Length; r++)
        {
            var rule = _textRules[r];
            foreach (var m in _regexes[r].EnumerateMatches(folded))
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

    /// <summary>
    /// The ad's voice (<see cref="Attributes.Voice"/>) read in <paramref name="language"/> (an index; -1: none): an ad
    /// that says "she" more often than "I" is in the third person, one that says "we" more often than "I" in the first
    /// person plural, whatever its phrases; an ad that says "I" more often than "she" and "we" together is the woman
    /// writing herself, and a phrase that looked like another voice in it is dropped.
    /// </summary>
    public void Voice(Attributes.Voice voice, int language, List<IndicatorHit> hits)
    {
        if (language < 0)
        {
            return;
        }

        var i = voice.Count(language, Attributes.Person.I);
        var we = voice.Count(language, Attributes.Person.We);
        var she = voice.Count(language, Attributes.Person.She);
        if (i > we + she)
        {
            hits.RemoveAll(h => h.RuleId is IndicatorIds.ThirdPerson or IndicatorIds.FirstPersonPlural);
            return;
        }

        Add(IndicatorIds.ThirdPerson, she > i, Attributes.Person.She);
        Add(IndicatorIds.FirstPersonPlural, we > i, Attributes.Person.We);

        void Add(string id, bool holds, Attributes.Person person)
        {
            if (holds && _byId.TryGetValue(id, out var rule) && voice.First(language, person) is { } span && !hits.Exists(h => h.RuleId == id))
            {
                hits.Add(new IndicatorHit(rule.Id, rule.Description, rule.Weight, rule.Evidence, span));
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
