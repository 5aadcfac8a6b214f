using System.Text;
using Threadline.Cases.Model;
using Threadline.Cases.Victims;

namespace Threadline.Cases.Tests;

public sealed class VictimTests
{
    [Fact]
    public void Pseudonyms_are_V_and_eight_crockford_characters_and_round_trip()
    {
        var p = VictimPseudonym.FromRandom([0xFF, 0, 0x12, 0x34, 0x56]);
        Assert.Matches("^V-[0-9A-HJKMNP-TV-Z]{8}$", p.Value);
        Assert.Equal(p, VictimPseudonym.Parse(p.Value));
        Assert.NotEqual(p, VictimPseudonym.FromRandom([0xFF, 0, 0x12, 0x34, 0x57]));
        Assert.Throws<FormatException>(() => VictimPseudonym.Parse("V-ILOU0000"));
        Assert.Throws<ArgumentException>(() => VictimPseudonym.FromRandom([1, 2, 3]));
    }

    [Theory]
    [InlineData("Kerkstraat 12")]
    [InlineData("Rue Royale")]
    [InlineData("Calle Mayor 5, Alicante")]
    [InlineData("centre, 1000 Brussel")]
    [InlineData("50.8503, 4.3517")]
    [InlineData("Payoke bus 3")]
    [InlineData("Centre 12, Antwerpen")]
    [InlineData("Antwerpsesteenweg")]
    [InlineData("Carrer de Balmes")]
    public void A_referral_refuses_anything_that_looks_like_an_address(string centre)
    {
        var e = Assert.Throws<ArgumentException>(() => new Referral(centre, new DateOnly(2023, 2, 14)));
        Assert.Contains("looks like an address", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Payoke")]
    [InlineData("PAG-ASA")]
    [InlineData("Sürya")]
    [InlineData("Centre d'accueil spécialisé")]
    [InlineData("Proyecto Esperanza")]
    public void A_referral_takes_a_centres_name(string centre)
    {
        var r = new Referral(centre, new DateOnly(2023, 2, 14));
        Assert.Equal($"referred to {centre} on 2023-02-14", r.ToString());
    }

    [Fact]
    public void A_referral_starts_the_reflection_period_with_belgium_as_default()
    {
        var record = new VictimRecord(Fixtures.Pseudonym(), "FP-2023-0001", languages: ["zh"])
            .Refer(new Referral("Payoke", new DateOnly(2023, 2, 15)), ReflectionRules.Shipped);
        Assert.Equal("BE", record.Reflection!.Country);
        Assert.Equal(new DateOnly(2023, 4, 1), record.Reflection.LastDay);
        Assert.Contains("61/2", record.Reflection.LegalBasis, StringComparison.Ordinal);
        var d = record.Reflection.ToDeadline(record.Pseudonym, "Europe/Brussels");
        Assert.Equal(new DateTimeOffset(2023, 4, 1, 22, 0, 0, TimeSpan.Zero), d.DueAt);
        Assert.DoesNotContain("Payoke", d.Label, StringComparison.Ordinal);
    }

    [Fact]
    public void Reflection_length_is_configurable_by_country()
    {
        var start = new DateOnly(2023, 2, 15);
        Assert.Equal(new DateOnly(2023, 5, 16), ReflectionRules.Shipped.For("ES").LastDay(start));
        Assert.Equal(new DateOnly(2023, 5, 15), ReflectionRules.Shipped.For("nl").LastDay(start));
        Assert.Throws<KeyNotFoundException>(() => ReflectionRules.Shipped.For("XX"));

        const string own = """{"default":"BE","countries":[{"country":"BE","days":60,"months":0,"legalBasis":"local policy (test)","residenceSteps":[]}]}""";
        var rules = ReflectionRules.Read(new MemoryStream(Encoding.UTF8.GetBytes(own)), "own.json");
        Assert.Equal(new DateOnly(2023, 4, 16), rules.For(null).LastDay(start));
    }

    [Theory]
    [InlineData("""{"default":"BE","countries":[{"country":"Belgium","days":45,"months":0,"legalBasis":"x","residenceSteps":[]}]}""", "countries[0].country")]
    [InlineData("""{"default":"BE","countries":[{"country":"BE","days":0,"months":0,"legalBasis":"x","residenceSteps":[]}]}""", "not both zero")]
    [InlineData("""{"default":"BE","countries":[{"country":"BE","days":45,"months":0,"legalBasis":"","residenceSteps":[]}]}""", "legalBasis")]
    [InlineData("""{"default":"FR","countries":[{"country":"BE","days":45,"months":0,"legalBasis":"x","residenceSteps":[]}]}""", "default")]
    [InlineData("""{"default":"BE","countries":[""", "line")]
    public void A_bad_rules_file_is_refused_naming_the_file_and_field(string json, string expected)
    {
        var e = Assert.Throws<InvalidDataException>(() => ReflectionRules.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "own.json"));
        Assert.StartsWith("own.json", e.Message, StringComparison.Ordinal);
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Residence_steps_follow_the_reflection_countrys_procedure()
    {
        var record = new VictimRecord(Fixtures.Pseudonym(), "FP-2023-0001");
        Assert.Throws<InvalidOperationException>(() => record.WithResidenceStep(new ResidenceStepRecord("be-otl45", new DateOnly(2023, 2, 15)), ReflectionRules.Shipped));
        record = record.Refer(new Referral("PAG-ASA", new DateOnly(2023, 2, 15)), ReflectionRules.Shipped)
            .WithResidenceStep(new ResidenceStepRecord("be-otl45", new DateOnly(2023, 2, 15)), ReflectionRules.Shipped)
            .WithResidenceStep(new ResidenceStepRecord("be-ai3m", new DateOnly(2023, 3, 20)), ReflectionRules.Shipped);
        Assert.Equal(2, record.ResidenceSteps.Length);
        Assert.Throws<ArgumentException>(() => record.WithResidenceStep(new ResidenceStepRecord("es-residence", new DateOnly(2023, 3, 20)), ReflectionRules.Shipped));
    }

    [Fact]
    public void Indicators_rights_consent_and_interpreter_are_recorded()
    {
        var record = new VictimRecord(Fixtures.Pseudonym(), "FP-2023-0001")
            .WithIndicators(["docs-held", "money-kept"])
            .WithRights(new RightsInformation(new DateOnly(2023, 2, 14), "zh", "vs.bea"))
            .WithConsent(new ConsentRecord("referral to a specialised centre", new DateOnly(2023, 2, 14)))
            .WithInterpreter("Mandarin");
        Assert.Equal(["docs-held", "money-kept"], record.Indicators);
        Assert.True(record.Consents[0].IsActive(new DateOnly(2023, 3, 1)));
        Assert.Equal("Mandarin", record.InterpreterLanguage);
        Assert.Throws<ArgumentException>(() => record.WithIndicators(["looks-young"]));
        Assert.Throws<ArgumentException>(() => record.WithConsent(new ConsentRecord("x", new DateOnly(2023, 2, 14), new DateOnly(2023, 2, 1))));
    }

    [Fact]
    public void The_checklist_is_a_data_file_of_unique_indicators()
    {
        Assert.True(IndicatorChecklist.All.Length >= 15);
        Assert.Equal(IndicatorChecklist.All.Length, IndicatorChecklist.All.Select(i => i.Id).Distinct().Count());
        Assert.All(IndicatorChecklist.All, i => Assert.False(string.IsNullOrWhiteSpace(i.Group)));
    }
}
