namespace Threadline.Money.Detectors;

/// <summary>Parameters of the temporal cycle detector (2SCENT, Kumar and Calders, PVLDB 2018).</summary>
/// <param name="Window">Longest time from the cycle's first to its last transaction.</param>
/// <param name="MaxHops">Longest cycle (number of transactions).</param>
/// <param name="MinHops">Shortest cycle (2 = A→B→A).</param>
/// <param name="AmountTolerance">When set, each hop's amount must be within this fraction of the previous hop's (AMLSim members keep ~10%); null ignores amounts.</param>
/// <param name="MaxCycles">Stop after this many cycles (the result says it was cut).</param>
/// <param name="MaxStepsPerStart">Search budget per starting transaction, to bound hubs.</param>
public sealed record CycleOptions(TimeSpan Window, int MaxHops = 6, int MinHops = 2, double? AmountTolerance = null, int MaxCycles = 100_000, int MaxStepsPerStart = 20_000)
{
    /// <summary>Defaults: 7 days, up to 6 hops, amounts ignored.</summary>
    public static CycleOptions Default { get; } = new(TimeSpan.FromDays(7));
}
