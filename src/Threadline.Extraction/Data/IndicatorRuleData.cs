using System.Text.Json;

namespace Threadline.Extraction.Data;

/// <summary>One indicator rule as written in indicators.json.</summary>
internal sealed record IndicatorRuleData(string Id, string Description, double Weight, string Evidence, string? Computed, bool Structural, (string Language, string Pattern)[] Patterns)
{
    public static IndicatorRuleData[] Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var rules = new List<IndicatorRuleData>();
        foreach (var r in doc.RootElement.GetProperty("rules").EnumerateArray())
        {
            var patterns = new List<(string, string)>();
            if (r.TryGetProperty("patterns", out var p))
            {
                foreach (var lang in p.EnumerateObject())
                {
                    foreach (var pat in lang.Value.EnumerateArray())
                    {
                        patterns.Add((lang.Name, pat.GetString()!));
                    }
                }
            }

            rules.Add(new IndicatorRuleData(
                r.GetProperty("id").GetString()!,
                r.GetProperty("description").GetString()!,
                r.GetProperty("weight").GetDouble(),
                r.GetProperty("evidence").GetString()!,
                r.TryGetProperty("computed", out var c) ? c.GetString() : null,
                r.TryGetProperty("structural", out var st) && st.GetBoolean(),
                [.. patterns]));
        }

        return [.. rules];
    }
}
