namespace Threadline.Money.Detectors;

/// <summary>Parameters of the structuring detector (amounts kept just under a reporting threshold).</summary>
/// <param name="ThresholdMinor">The reporting threshold in minor units (default 10,000.00).</param>
/// <param name="Band">How far under the threshold still counts: amounts in [threshold · (1 − band), threshold) qualify; the threshold itself does not.</param>
/// <param name="MinCount">Qualifying transactions needed within one window.</param>
/// <param name="Window">Sliding window.</param>
/// <param name="MaxEvidence">Most transactions cited per finding.</param>
public sealed record StructuringOptions(long ThresholdMinor = 1_000_000, double Band = 0.10, int MinCount = 3, TimeSpan? Window = null, int MaxEvidence = 50)
{
    /// <summary>The window, 30 days when not set.</summary>
    public TimeSpan EffectiveWindow => Window ?? TimeSpan.FromDays(30);

    /// <summary>Defaults: 10,000.00, 10% band, 3 times in 30 days.</summary>
    public static StructuringOptions Default { get; } = new();
}
