using System.Collections.Immutable;

namespace Threadline.Cases.Victims;

/// <summary>The first-contact checklist (Data/victim-indicators.json, our words after ILO and UNODC guidance).</summary>
public static class IndicatorChecklist
{
    /// <summary>The indicators in file order.</summary>
    public static ImmutableArray<Indicator> All { get; } = Load();

    /// <summary>True when <paramref name="id"/> is on the checklist.</summary>
    public static bool Contains(string id) => All.Any(i => string.Equals(i.Id, id, StringComparison.Ordinal));

    private static ImmutableArray<Indicator> Load()
    {
        var file = DataFiles.Load<IndicatorChecklistFile>("victim-indicators.json");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var i in file.Indicators)
        {
            if (string.IsNullOrWhiteSpace(i.Id) || string.IsNullOrWhiteSpace(i.Text) || !seen.Add(i.Id))
            {
                throw new InvalidDataException($"victim-indicators.json: indicator '{i.Id}' has no text or appears twice");
            }
        }

        return [.. file.Indicators];
    }
}
