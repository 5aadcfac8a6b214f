using System.Collections.Immutable;

namespace Threadline.Cases.Victims;

/// <summary>
/// The victim record: visible only under <see cref="VictimRecordAccess"/> (victim support and the case lead).
/// Everywhere else the victim is her <see cref="Pseudonym"/>. No address is ever stored: a referral names the centre.
/// </summary>
public sealed record VictimRecord
{
    public VictimRecord(VictimPseudonym pseudonym, string caseReference, string? name = null, string? nationality = null, IEnumerable<string>? languages = null)
    {
        Pseudonym = pseudonym ?? throw new ArgumentNullException(nameof(pseudonym));
        CaseReference = Model.Text.Id(caseReference, "case reference");
        Name = Model.Text.Optional(name, "victim name", Model.Text.NameLength);
        Nationality = Model.Text.Optional(nationality, "nationality", 60);
        Languages = (languages ?? []).Select(l => Model.Text.Required(l, "language", 60)).Distinct(StringComparer.Ordinal).ToImmutableArray();
    }

    public VictimPseudonym Pseudonym { get; }

    public string CaseReference { get; }

    public string? Name { get; }

    public string? Nationality { get; }

    public ImmutableArray<string> Languages { get; }

    /// <summary>Checklist indicators observed at first contact (ids from <see cref="IndicatorChecklist"/>).</summary>
    public ImmutableSortedSet<string> Indicators { get; private init; } = ImmutableSortedSet.Create<string>(StringComparer.Ordinal);

    public Referral? Referral { get; private init; }

    public ReflectionPeriod? Reflection { get; private init; }

    public ImmutableArray<ResidenceStepRecord> ResidenceSteps { get; private init; } = [];

    public RightsInformation? Rights { get; private init; }

    public ImmutableArray<ConsentRecord> Consents { get; private init; } = [];

    /// <summary>The language an interpreter is needed for, or null when none is needed.</summary>
    public string? InterpreterLanguage { get; private init; }

    /// <summary>Records the indicators observed; unknown ids are refused.</summary>
    public VictimRecord WithIndicators(IEnumerable<string> ids)
    {
        var set = ImmutableSortedSet.CreateBuilder<string>(StringComparer.Ordinal);
        foreach (var id in ids ?? throw new ArgumentNullException(nameof(ids)))
        {
            if (!IndicatorChecklist.Contains(id))
            {
                throw new ArgumentException($"indicator '{id}' is not on the checklist", nameof(ids));
            }

            set.Add(id);
        }

        return this with { Indicators = set.ToImmutable() };
    }

    /// <summary>
    /// Refers the victim to a centre on a day and starts the reflection period there under <paramref name="rules"/>
    /// (the default country's rule when <paramref name="country"/> is null).
    /// </summary>
    public VictimRecord Refer(Referral referral, ReflectionRules rules, string? country = null)
    {
        ArgumentNullException.ThrowIfNull(referral);
        ArgumentNullException.ThrowIfNull(rules);
        var rule = rules.For(country);
        return this with { Referral = referral, Reflection = ReflectionPeriod.Begin(rule, referral.On) };
    }

    /// <summary>Records a residence step of the reflection country's procedure.</summary>
    public VictimRecord WithResidenceStep(ResidenceStepRecord step, ReflectionRules rules)
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(rules);
        var country = Reflection?.Country ?? throw new InvalidOperationException($"{Pseudonym}: refer the victim (and start the reflection period) before residence steps");
        var rule = rules.For(country);
        if (!rule.ResidenceSteps.Any(s => string.Equals(s.Id, step.StepId, StringComparison.Ordinal)))
        {
            throw new ArgumentException($"residence step '{step.StepId}' is not a step of {country}: {string.Join(", ", rule.ResidenceSteps.Select(s => s.Id))}", nameof(step));
        }

        return this with { ResidenceSteps = ResidenceSteps.RemoveAll(s => string.Equals(s.StepId, step.StepId, StringComparison.Ordinal)).Add(step) };
    }

    public VictimRecord WithRights(RightsInformation rights)
    {
        ArgumentNullException.ThrowIfNull(rights);
        _ = Model.Text.Required(rights.Language, "rights information language", 60);
        _ = Model.Text.Id(rights.GivenBy, "rights information given by");
        return this with { Rights = rights };
    }

    public VictimRecord WithConsent(ConsentRecord consent)
    {
        ArgumentNullException.ThrowIfNull(consent);
        _ = Model.Text.Required(consent.Scope, "consent scope", 200);
        if (consent.WithdrawnOn < consent.GivenOn)
        {
            throw new ArgumentException("consent withdrawn before it was given", nameof(consent));
        }

        return Consents.Length >= 100
            ? throw new InvalidOperationException("at most 100 consent records")
            : this with { Consents = Consents.Add(consent) };
    }

    public VictimRecord WithInterpreter(string? language) => this with { InterpreterLanguage = Model.Text.Optional(language, "interpreter language", 60) };

    /// <summary>
    /// The record as a store kept it: the referral, the reflection period and the residence steps exactly as they were
    /// decided (not recomputed under rules that may have changed since).
    /// </summary>
    internal VictimRecord Restored(Referral? referral, ReflectionPeriod? reflection, IEnumerable<ResidenceStepRecord> steps) =>
        this with { Referral = referral, Reflection = reflection, ResidenceSteps = [.. steps] };
}
