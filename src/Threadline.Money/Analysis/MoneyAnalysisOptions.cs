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
    /// <summary>Fan-in/out 7 days ≥5, gather/scatter 7 days ≥3, pass-through 24 h 10%, cycles 7 days ≤6 hops, structuring 10,000.00 −10% ×3 in 30 days, funnel 3 cities, remittance 80% to top 2, keyword lists as shipped, collector 30 days (cash in 2 cities or 5 senders, bulk forwards 5× the median inflow carrying half).</summary>
    public static MoneyAnalysisOptions Default { get; } = new(
        FanOptions.Default,
        FanOptions.Default,
        FanOptions.Default with { MinCounterparties = 3 },
        FanOptions.Default with { MinCounterparties = 3 },
        PassThroughOptions.Default,
        CycleOptions.Default,
        StructuringOptions.Default,
        FunnelOptions.Default,
        RemittanceOptions.Default,
        KeywordOptions.Default,
        CollectorOptions.Default);
}
