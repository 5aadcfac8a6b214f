namespace Threadline.Cases.Victims;

/// <summary>A country's reflection period (days and/or months), its legal basis, and its residence-document steps.</summary>
public sealed record CountryReflectionRule(string Country, int Days, int Months, string LegalBasis, ResidenceStepDefinition[] ResidenceSteps)
{
    /// <summary>The last day of a reflection period that starts on <paramref name="start"/> (the start day is not counted).</summary>
    public DateOnly LastDay(DateOnly start) => start.AddMonths(Months).AddDays(Days);
}
