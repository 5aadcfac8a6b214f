using System.Collections.Immutable;

namespace Threadline.Cases.Grading;

/// <summary>
/// Applies handling codes to an export. The rules (conservative reading of Europol's codes):
/// <list type="bullet">
/// <item>Case team: everything (the codes travel with each item).</item>
/// <item>Judicial file: H0 yes; H1, H2, H3 only with the provider's permission (H1 forbids court use; H2 and H3 hand the
/// information on to the court).</item>
/// <item>Onward dissemination to law enforcement: H0 and H1 yes; H2 and H3 only with permission.</item>
/// <item>Outside law enforcement: nothing without the provider's permission (H0 is law enforcement only, and H1–H3
/// are never looser than H0).</item>
/// </list>
/// </summary>
public static class ExportFilter
{
    /// <summary>Decides for one marking.</summary>
    public static ExportDecision Decide(Marking marking, ExportPurpose purpose)
    {
        ArgumentNullException.ThrowIfNull(marking);
        var allowedByCode = purpose switch
        {
            ExportPurpose.CaseTeam => true,
            ExportPurpose.JudicialFile => marking.Handling == HandlingCode.H0,
            ExportPurpose.OnwardDissemination => marking.Handling is HandlingCode.H0 or HandlingCode.H1,
            ExportPurpose.NonLawEnforcement => false,
            _ => throw new ArgumentOutOfRangeException(nameof(purpose), purpose, "unknown export purpose"),
        };
        if (allowedByCode)
        {
            return new ExportDecision(true, $"{marking.Handling} allows {Describe(purpose)}");
        }

        if (marking.PermittedByProvider.Contains(purpose))
        {
            return new ExportDecision(true, $"{marking.Handling}: the provider permitted {Describe(purpose)}");
        }

        var why = marking.Handling switch
        {
            HandlingCode.H0 => "law-enforcement use only",
            HandlingCode.H1 => purpose == ExportPurpose.JudicialFile ? "not for judicial proceedings without the provider's permission" : "law-enforcement use only without the provider's permission",
            HandlingCode.H2 => "no onward dissemination without the provider's permission",
            _ => $"restricted by the provider: {marking.Conditions}",
        };
        return new ExportDecision(false, $"{marking.Handling}: {why}");
    }

    /// <summary>Splits <paramref name="items"/> into those an export for <paramref name="purpose"/> may carry and those withheld.</summary>
    public static ExportSelection<T> Apply<T>(IEnumerable<T> items, ExportPurpose purpose)
        where T : IMarked
    {
        ArgumentNullException.ThrowIfNull(items);
        var included = ImmutableArray.CreateBuilder<T>();
        var withheld = ImmutableArray.CreateBuilder<(T, string)>();
        foreach (var item in items)
        {
            var d = Decide(item.Marking, purpose);
            if (d.Included)
            {
                included.Add(item);
            }
            else
            {
                withheld.Add((item, d.Reason));
            }
        }

        return new ExportSelection<T>(included.ToImmutable(), withheld.ToImmutable());
    }

    private static string Describe(ExportPurpose purpose) => purpose switch
    {
        ExportPurpose.CaseTeam => "the case team",
        ExportPurpose.JudicialFile => "the judicial file",
        ExportPurpose.OnwardDissemination => "onward dissemination",
        _ => "recipients outside law enforcement",
    };
}
