namespace Threadline.Money.Detectors;

/// <summary>Parameters of the pass-through (rapid movement of funds) detector.</summary>
/// <param name="MaxDelay">Longest time between money coming in and going out again.</param>
/// <param name="Margin">Share of the incoming amount the account may keep (AMLSim members keep ~10%): an outflow matches when it lies in [(1 − margin) · in, in].</param>
/// <param name="MinEvents">Matched outflows needed to flag the account.</param>
/// <param name="MinShareOfOutflow">Share of the account's total outflow that must be matched.</param>
/// <param name="MinShareOfInflow">Share of the account's total inflow that must be passed on (a pass-through account keeps little).</param>
/// <param name="MinAmountMinor">Outflows below this amount are ignored.</param>
/// <param name="MaxEvidence">Most transactions cited per finding.</param>
public sealed record PassThroughOptions(TimeSpan MaxDelay, double Margin = 0.10, int MinEvents = 2, double MinShareOfOutflow = 0.5, double MinShareOfInflow = 0.5, long MinAmountMinor = 0, int MaxEvidence = 50)
{
    /// <summary>Defaults: out within 24 hours of in, keeping at most 10%, at least twice, half the outflow and half the inflow.</summary>
    public static PassThroughOptions Default { get; } = new(TimeSpan.FromHours(24));
}
