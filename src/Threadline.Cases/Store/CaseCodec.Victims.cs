using Threadline.Cases.Victims;

namespace Threadline.Cases.Store;

public static partial class CaseCodec
{
    public static string Victim(VictimRecord v) => Write(new VictimDto(
        v.Pseudonym.Value, v.CaseReference, v.Name, v.Nationality, [.. v.Languages], [.. v.Indicators],
        v.Referral is { } r ? new ReferralDto(r.Centre, r.On) : null,
        v.Reflection, [.. v.ResidenceSteps], v.Rights, [.. v.Consents], v.InterpreterLanguage));

    public static VictimRecord Victim(CaseRecord record) => Read(record, r =>
    {
        var v = Parse<VictimDto>(r);
        var victim = new VictimRecord(VictimPseudonym.Parse(v.Pseudonym), v.CaseReference, v.Name, v.Nationality, v.Languages)
            .WithIndicators(v.Indicators ?? [])
            .WithInterpreter(v.Interpreter)
            .Restored(v.Referral is { } f ? new Referral(f.Centre, f.On) : null, v.Reflection, v.ResidenceSteps ?? []);
        if (v.Rights is { } rights)
        {
            victim = victim.WithRights(rights);
        }

        foreach (var consent in v.Consents ?? [])
        {
            victim = victim.WithConsent(consent);
        }

        return victim;
    });

    private sealed record ReferralDto(string Centre, DateOnly On);

    private sealed record VictimDto(
        string Pseudonym, string CaseReference, string? Name, string? Nationality, string[]? Languages, string[]? Indicators,
        ReferralDto? Referral, ReflectionPeriod? Reflection, ResidenceStepRecord[]? ResidenceSteps, RightsInformation? Rights,
        ConsentRecord[]? Consents, string? Interpreter);
}
