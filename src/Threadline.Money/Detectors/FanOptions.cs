namespace Threadline.Money.Detectors;

/// <summary>Parameters of the fan-in and fan-out detectors (AMLSim fan-in/fan-out typologies).</summary>
/// <param name="Window">Sliding window in which the counterparties are counted.</param>
/// <param name="MinCounterparties">Distinct senders (fan-in) or receivers (fan-out) needed within one window; a window with exactly this many is flagged.</param>
/// <param name="MinAmountMinor">Transactions below this amount (minor units) are ignored.</param>
/// <param name="MaxEvidence">Most transactions cited per finding.</param>
/// <param name="MinTransfersPerCounterparty">A counterparty counts only when it made at least this many transfers within the window (1 = any; 2 finds repeated small transfers, as AMLSim's fan-in members make).</param>
/// <param name="AllCounterpartiesAreMembers">When a window qualifies, every counterparty in it becomes a member, not only those with enough transfers.</param>
public sealed record FanOptions(TimeSpan Window, int MinCounterparties = 5, long MinAmountMinor = 0, int MaxEvidence = 50, int MinTransfersPerCounterparty = 1, bool AllCounterpartiesAreMembers = true)
{
    /// <summary>Defaults: 7-day window, 5 distinct counterparties.</summary>
    public static FanOptions Default { get; } = new(TimeSpan.FromDays(7));
}
