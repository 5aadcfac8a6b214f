namespace Threadline.Money.Detectors;

/// <summary>Parameters of the funnel-account detector.</summary>
/// <param name="MinDepositPlaces">Distinct cities where cash was paid into the account within the window.</param>
/// <param name="MinDeposits">Cash deposits needed within the window.</param>
/// <param name="Window">Window over the deposits; the outflow may come up to one window after the last deposit.</param>
/// <param name="MaxEvidence">Most transactions cited per finding.</param>
public sealed record FunnelOptions(int MinDepositPlaces = 3, int MinDeposits = 3, TimeSpan? Window = null, int MaxEvidence = 50)
{
    /// <summary>The window, 30 days when not set.</summary>
    public TimeSpan EffectiveWindow => Window ?? TimeSpan.FromDays(30);

    /// <summary>Defaults: 3 deposits in 3 cities within 30 days.</summary>
    public static FunnelOptions Default { get; } = new();
}
