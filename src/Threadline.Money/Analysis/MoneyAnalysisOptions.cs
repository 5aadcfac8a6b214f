using System.Text.Json;
using System.Text.Json.Serialization;
using Threadline.Money.Detectors;

namespace Threadline.Money.Analysis;

/// <summary>The parameters of every detector <see cref="MoneyAnalysis"/> runs; <see cref="Default"/> documents the defaults.</summary>
public sealed record MoneyAnalysisOptions(
    FanOptions FanIn,
    FanOptions FanOut,
    FanOptions GatherScatter,
    FanOptions ScatterGather,
    PassThroughOptions PassThrough,
    CycleOptions Cycles,
    StructuringOptions Structuring,
    FunnelOptions Funnel,
    RemittanceOptions Remittance,
    KeywordOptions Keywords,
    CollectorOptions Collector)
{
    /// <summary>The shipped parameters, from <c>Detectors/money-detectors.json</c> (fan-in/out 7 days ≥5, gather/scatter 7 days ≥3, pass-through 24 h 10%, cycles 7 days ≤6 hops, structuring 10,000.00 −10% ×3 in 30 days, funnel 3 cities, remittance 80% to top 2, keyword lists as shipped, collector 30 days).</summary>
    public static MoneyAnalysisOptions Default { get; } = Load(typeof(MoneyAnalysisOptions).Assembly.GetManifestResourceStream("Threadline.Money.money-detectors.json")
        ?? throw new InvalidOperationException("embedded money-detectors.json is missing"));

    /// <summary>Reads every detector's parameters from JSON shaped as money-detectors.json (snake_case names, windows as d.hh:mm:ss).</summary>
    public static MoneyAnalysisOptions Load(Stream json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var options = new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow };
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        T Section<T>(string name) => (root.TryGetProperty(name, out var section) ? section : throw new JsonException($"money-detectors: no '{name}' section"))
            .Deserialize<T>(options) ?? throw new JsonException($"money-detectors: '{name}' is null");
        var keywords = Section<KeywordParameters>("keywords");
        return new(
            Section<FanOptions>("fan_in"),
            Section<FanOptions>("fan_out"),
            Section<FanOptions>("gather_scatter"),
            Section<FanOptions>("scatter_gather"),
            Section<PassThroughOptions>("pass_through"),
            Section<CycleOptions>("cycles"),
            Section<StructuringOptions>("structuring"),
            Section<FunnelOptions>("funnel"),
            Section<RemittanceOptions>("remittance"),
            KeywordOptions.Default with { MinPayments = keywords.MinPayments, Window = keywords.Window, MaxEvidence = keywords.MaxEvidence },
            Section<CollectorOptions>("collector"));
    }

    private sealed record KeywordParameters(int MinPayments, TimeSpan Window, int MaxEvidence);
}
