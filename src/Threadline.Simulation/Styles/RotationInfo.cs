namespace Threadline.Simulation.Styles;

/// <summary>How often controllers change numbers in the rotation style, and by how many days old and new overlap.</summary>
internal sealed class RotationInfo
{
    public required int[] PeriodDays { get; init; }

    public required int[] OverlapDays { get; init; }
}
