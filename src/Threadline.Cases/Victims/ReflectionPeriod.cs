using Threadline.Cases.Deadlines;

namespace Threadline.Cases.Victims;

/// <summary>A reflection period granted in a country: its start, its last day, and the law the length comes from.</summary>
public sealed record ReflectionPeriod(string Country, DateOnly Start, DateOnly LastDay, string LegalBasis)
{
    /// <summary>Starts a period on <paramref name="start"/> under <paramref name="rule"/>.</summary>
    public static ReflectionPeriod Begin(CountryReflectionRule rule, DateOnly start)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return new ReflectionPeriod(rule.Country, start, rule.LastDay(start), rule.LegalBasis);
    }

    /// <summary>The end of the period as a deadline (with a 10-day warning) in <paramref name="timeZoneId"/>.</summary>
    public Deadline ToDeadline(VictimPseudonym pseudonym, string timeZoneId)
    {
        ArgumentNullException.ThrowIfNull(pseudonym);
        var zone = TimeZones.Find(timeZoneId);
        return new Deadline($"victim.{pseudonym.Value}.reflection", $"reflection period of {pseudonym.Value} ends ({Country})", LegalBasis,
            TimeZones.EndOfDay(LastDay, zone), LastDay, zone.Id, TimeSpan.FromDays(10),
            "Decide with the victim and her centre on the next residence step before the period ends; assistance does not depend on her cooperating (Directive 2011/36/EU Art. 11(3)).");
    }
}
